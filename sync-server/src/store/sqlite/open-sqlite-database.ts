// Runs on the server (SQLite). Opens the database file (creating its folder), sets the pragmas
// the store relies on and applies pending migrations.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { loadMigrations } from '../load-migrations.ts';
import { DatabaseUnavailableError } from '../store-errors.ts';

export type SqliteDatabase = Database.Database;

export function openSqliteConnection(path: string): SqliteDatabase {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    // Other processes on the same file (a CLI command next to the server) wait for the lock
    // instead of failing at once; set first, since switching to WAL needs the lock too.
    db.pragma('busy_timeout = 10000');
    // WAL: readers never block the writer; FULL: a commit survives even a power cut, so a 2xx
    // really means durable (DESIGN.md invariant 3).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    throw new DatabaseUnavailableError(`cannot open SQLite database ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Applies migrations not yet recorded in schema_migrations, all in one `BEGIN IMMEDIATE`
 * transaction: a second process starting at the same moment waits for the lock, then finds
 * them applied.
 */
export function migrateSqlite(db: SqliteDatabase): string[] {
  const applied: string[] = [];
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    const done = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as string[]);
    for (const migration of loadMigrations('sqlite')) {
      if (done.has(migration.version)) continue;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(migration.version, new Date().toISOString());
      applied.push(migration.version);
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  return applied;
}
