// Runs in tests (server side). The two store implementations as test targets: each test gets a
// fresh database (a temp SQLite file, or a new database on one embedded PostgreSQL per file).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseConfig } from '../config/parse-database-url.ts';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './start-embedded-postgres.ts';

export interface StoreTarget {
  name: 'sqlite' | 'postgres';
  /** Call in beforeAll. */
  setup(): Promise<void>;
  /** A database nobody has used yet. */
  freshDatabase(): Promise<DatabaseConfig>;
  /** Call in afterAll. */
  teardown(): Promise<void>;
}

export function sqliteTarget(): StoreTarget {
  let dir = '';
  let counter = 0;
  return {
    name: 'sqlite',
    async setup() {
      dir = await mkdtemp(join(tmpdir(), 'scheduler-sqlite-'));
    },
    async freshDatabase() {
      counter += 1;
      return { kind: 'sqlite', path: join(dir, `db-${counter}`, 'scheduler.sqlite') };
    },
    async teardown() {
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

export function postgresTarget(): StoreTarget {
  let pg: EmbeddedPostgresHandle | null = null;
  return {
    name: 'postgres',
    async setup() {
      pg = await startEmbeddedPostgres();
    },
    async freshDatabase() {
      if (!pg) throw new Error('postgresTarget.setup() was not called');
      return { kind: 'postgres', url: await pg.createDatabase() };
    },
    async teardown() {
      await pg?.stop();
      pg = null;
    },
  };
}
