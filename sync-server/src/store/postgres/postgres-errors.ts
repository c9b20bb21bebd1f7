// Runs on the server (PostgreSQL). Maps PostgreSQL errors onto the store's errors and turns
// connection failures into one line an operator can act on (never including the password).
import { uniqueFieldOf } from '../collection-tables.ts';
import { BookingOverlapError, DatabaseUnavailableError, InvalidColumnValueError, UniqueViolationError } from '../store-errors.ts';

interface PgError {
  code?: string;
  constraint?: string;
  message?: string;
  column?: string;
}

export function translatePostgresError(error: unknown): unknown {
  if (typeof error !== 'object' || error === null) return error;
  const e = error as PgError;
  if (e.code === '23505') return new UniqueViolationError(uniqueFieldOf(e.constraint ?? e.message ?? ''));
  if (e.code === '23P01') return new BookingOverlapError();
  // Bad datetime values and text PostgreSQL cannot hold (NUL, lone surrogates).
  if (e.code === '22007' || e.code === '22008' || e.code === '22021' || e.code === '22P05') {
    return new InvalidColumnValueError(e.column ?? '', e.message ?? 'value cannot be stored');
  }
  return error;
}

/** "host:port/database" of a connection URL, for messages; no credentials. */
export function describePostgresUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'the configured PostgreSQL server';
  }
}

export function toUnavailableError(url: string, error: unknown): DatabaseUnavailableError {
  const e = error as PgError;
  const reason = (e.message ?? '').split('\n')[0] || e.code || String(error);
  return new DatabaseUnavailableError(`cannot use PostgreSQL at ${describePostgresUrl(url)}: ${reason}`, { cause: error });
}
