// Runs on the server. Reads the versioned SQL files of one dialect, in version order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Migration {
  /** The file name without `.sql`, e.g. `0001-initial`; recorded in schema_migrations. */
  version: string;
  sql: string;
}

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');

export function loadMigrations(dialect: 'sqlite' | 'postgres'): Migration[] {
  const dir = join(MIGRATIONS_DIR, dialect);
  return readdirSync(dir)
    .filter((name) => /^\d{4}-[a-z0-9-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ version: name.slice(0, -'.sql'.length), sql: readFileSync(join(dir, name), 'utf8') }));
}
