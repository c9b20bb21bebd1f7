// Runs on the server (PostgreSQL). The two ends of a host's write transaction: BEGIN with the lock
// on the host row that serializes the host's writers until COMMIT (sequence order = commit
// order, ARCHITECTURE.md invariant 4), and COMMIT with the counter moved on and the change notice
// queued. Plain parameterized statements: sending BEGIN and the lock (and the bump, the notice and
// COMMIT) as one multi-statement string saved round trips, but not measurably in the throughput
// benchmark, so the simpler form stays.
import type pg from 'pg';
import { HostNotFoundError } from '../store-errors.ts';
import { CHANGE_CHANNEL, encodeChangeNotice } from './postgres-change-listener.ts';

/** BEGIN, then the host's lock. Returns the host's counter as locked. */
export async function beginAndLockHost(client: pg.ClientBase, hostId: string): Promise<number> {
  await client.query('BEGIN');
  const row = (await client.query<{ seq: string }>('SELECT seq FROM hosts WHERE id = $1 FOR UPDATE', [hostId])).rows[0];
  if (!row) throw new HostNotFoundError(hostId);
  return Number(row.seq);
}

/**
 * COMMIT; first, when the transaction wrote, the host's counter moves to `bump.seq` and the change
 * notice for `bump.touched` is queued (PostgreSQL delivers it to every listening process at
 * COMMIT, in commit order). When a statement fails the transaction is left for the caller to
 * roll back.
 */
export async function bumpAndCommit(client: pg.ClientBase, hostId: string, bump: { seq: number; touched: readonly string[] } | null, origin = ''): Promise<void> {
  if (bump) {
    await client.query('UPDATE hosts SET seq = $2 WHERE id = $1', [hostId, bump.seq]);
    await client.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, encodeChangeNotice(hostId, bump.touched, origin)]);
  }
  await client.query('COMMIT');
}
