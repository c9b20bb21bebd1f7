// Runs on the server (PostgreSQL). The two ends of a host's write transaction, one round trip
// each. Every round trip under the host's lock is time all of the host's other writers wait, and
// on a busy server each costs a turn of the event loop as well as the network. node-postgres
// sends parameters only one statement at a time (the extended protocol), so these use the simple
// protocol, which runs several statements from one string. The values are written in as
// literals: the host id, notice and channel through pg's escapeLiteral, the seq only after it is
// checked to be a whole number.
import type pg from 'pg';
import { HostNotFoundError } from '../store-errors.ts';
import { CHANGE_CHANNEL, encodeChangeNotice } from './postgres-change-listener.ts';

/** The results of a multi-statement simple query, one per statement (pg's typings know only one). */
type Results = pg.QueryResult<Record<string, unknown>>[];

/**
 * BEGIN, then the lock that serializes the host's writers until COMMIT (sequence order = commit
 * order). Returns the host's counter as locked.
 */
export async function beginAndLockHost(client: pg.ClientBase, hostId: string): Promise<number> {
  const results = (await client.query(`BEGIN; SELECT seq FROM hosts WHERE id = ${client.escapeLiteral(hostId)} FOR UPDATE`)) as unknown as Results;
  const row = results[1]?.rows[0];
  if (!row) throw new HostNotFoundError(hostId);
  return Number(row.seq);
}

/**
 * COMMIT; first, when the transaction wrote, the host's counter moves to `bump.seq` and the change
 * notice for `bump.touched` is queued (PostgreSQL delivers it to every listening process at
 * COMMIT, in commit order). When a statement fails the rest do not run, and the transaction is
 * left for the caller to roll back.
 */
export async function bumpAndCommit(client: pg.ClientBase, hostId: string, bump: { seq: number; touched: readonly string[] } | null, origin = ''): Promise<void> {
  if (!bump) {
    await client.query('COMMIT');
    return;
  }
  if (!Number.isSafeInteger(bump.seq)) throw new Error(`bumpAndCommit: the seq ${bump.seq} is not a whole number`);
  const host = client.escapeLiteral(hostId);
  const notice = client.escapeLiteral(encodeChangeNotice(hostId, bump.touched, origin));
  await client.query(`UPDATE hosts SET seq = ${bump.seq} WHERE id = ${host}; SELECT pg_notify(${client.escapeLiteral(CHANGE_CHANNEL)}, ${notice}); COMMIT`);
}
