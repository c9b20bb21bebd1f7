// Runs on the server (SQLite). Opens the database file (creating its folder), sets the pragmas
// the store relies on and applies pending migrations. The folder and file it creates are the
// owner's alone (0700 / 0600; SQLite gives the -wal and -shm files the database file's mode): they
// hold host token hashes and every invitee's contact. A file it cannot write is refused at once,
// so a server never starts "healthy" to fail every write.
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { loadMigrations } from '../load-migrations.ts';
import { DatabaseUnavailableError } from '../store-errors.ts';

export type SqliteDatabase = Database.Database;

/** A database file the server cannot write: a configuration problem, named before serving. */
export function readOnlyMessage(path: string): string {
  return `SQLite database ${path} is read-only for this process (check the permissions and attributes of the file and its folder, and how the disk is mounted); the server must be able to write to it`;
}

export function openSqliteConnection(path: string): SqliteDatabase {
  let db: SqliteDatabase;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // Made here, before SQLite would make it with the process's default mode ('a': never truncates).
    closeSync(openSync(path, 'a', 0o600));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A file that exists but cannot be opened for writing (read-only attribute or mount): named below.
    if (code !== 'EPERM' && code !== 'EACCES' && code !== 'EROFS') {
      throw new DatabaseUnavailableError(`cannot open SQLite database ${path}: ${(error as Error).message}`, { cause: error });
    }
  }
  try {
    db = new Database(path);
  } catch (error) {
    throw new DatabaseUnavailableError(`cannot open SQLite database ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    // Other processes on the same file (a CLI command next to the server) wait for the lock
    // instead of failing at once; set first, since switching to WAL needs the lock too.
    db.pragma('busy_timeout = 10000');
    // WAL: readers never block the writer. synchronous: NORMAL would be enough for the letter of
    // invariant 3 (ARCHITECTURE.md: a 2xx survives SIGKILL): in WAL mode a commit's frames are written
    // to the WAL file before COMMIT returns, and the OS keeps them when the process dies; NORMAL
    // only skips the fsync, so a power cut or kernel crash could drop the last commits. We keep
    // FULL (one WAL fsync per commit): a confirmed booking the invitee holds a confirmation for
    // must not vanish after a power cut either. The price: BEGIN/COMMIT with the fsync were about
    // a fifth of a booking's server time in a profile (2026-11). The benchmark's bare baseline
    // (bench/support/bare-durable-insert.ts) uses the same WAL + FULL: a like-for-like comparison.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Up to 32 MiB of pages per connection (SQLite's default is 2 MiB): a booking touches a few
    // random pages (its link's row and index entries), and with the default cache a database of
    // some ten thousand links re-read them from the OS on every write. A small database never
    // fills it: the cache only grows to the pages actually read.
    db.pragma('cache_size = -32768');
    return db;
  } catch (error) {
    db.close();
    if (isReadOnlyError(error)) throw new DatabaseUnavailableError(readOnlyMessage(path), { cause: error });
    throw new DatabaseUnavailableError(`cannot open SQLite database ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Writes in a transaction it rolls back, so nothing stays. SQLite quietly opens a file it may not
 * write (a read-only attribute, mount or permission) read-only, and even `BEGIN IMMEDIATE`
 * succeeds on it: only a real write tells.
 */
export function probeSqliteWrite(db: SqliteDatabase): void {
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec('CREATE TABLE "write probe (never committed)" (x INTEGER)');
    } finally {
      db.exec('ROLLBACK');
    }
  } catch (error) {
    if (isReadOnlyError(error)) throw new DatabaseUnavailableError(readOnlyMessage(db.name), { cause: error });
    throw error;
  }
}

function isReadOnlyError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_READONLY');
}

/**
 * Applies migrations not yet recorded in schema_migrations, all in one `BEGIN IMMEDIATE`
 * transaction: a second process starting at the same moment waits for the lock, then finds
 * them applied.
 */
export function migrateSqlite(db: SqliteDatabase): string[] {
  const applied: string[] = [];
  probeSqliteWrite(db);
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
