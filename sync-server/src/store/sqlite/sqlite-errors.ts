// Runs on the server (SQLite). Maps better-sqlite3's constraint errors onto the store's errors.
import { uniqueFieldOf } from '../collection-tables.ts';
import { UniqueViolationError } from '../store-errors.ts';

export function translateSqliteError(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const code = (error as { code?: unknown }).code;
  const message = (error as { message?: unknown }).message;
  if ((code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') && typeof message === 'string') {
    return new UniqueViolationError(uniqueFieldOf(message.replace(/^UNIQUE constraint failed: /, '')));
  }
  return error;
}

/** Runs a synchronous statement and rethrows its error in the store's terms. */
export function sqlite<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw translateSqliteError(error);
  }
}
