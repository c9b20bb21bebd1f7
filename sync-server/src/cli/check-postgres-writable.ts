// Runs on the server (CLI, PostgreSQL). Before serving: a database the server may only read (a
// standby in recovery, or `default_transaction_read_only` set for the database or role) is named
// and refused at start, instead of a server that looks healthy and fails every write.
import pg from 'pg';
import { DatabaseUnavailableError } from '../store/store-errors.ts';

/** Where the database is, without the password of the URL. */
export function describePostgresUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

export async function checkPostgresWritable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch {
    // Unreachable: the store's own opening reports it, with its message.
    await client.end().catch(() => {});
    return;
  }
  try {
    // Inside a transaction, so `transaction_read_only` is what the server's own transactions get.
    await client.query('BEGIN');
    const { rows } = await client.query<{ recovery: boolean; read_only: string }>(
      "SELECT pg_is_in_recovery() AS recovery, current_setting('transaction_read_only') AS read_only",
    );
    await client.query('ROLLBACK');
    const where = `PostgreSQL ${describePostgresUrl(url)}`;
    if (rows[0]?.recovery) throw new DatabaseUnavailableError(`${where} is a standby in recovery (read-only); point DATABASE_URL at the primary`);
    if (rows[0]?.read_only === 'on') {
      throw new DatabaseUnavailableError(`${where} is read-only for this server (default_transaction_read_only is on); the server must be able to write to it`);
    }
  } finally {
    await client.end().catch(() => {});
  }
}
