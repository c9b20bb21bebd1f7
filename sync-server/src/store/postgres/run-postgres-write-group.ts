// Runs on the server (PostgreSQL). Group commit for one host (ARCHITECTURE.md, "Group commit"):
// the writes of a host that queued up in this process while its previous group ran are run one
// after another in ONE transaction: one host-row lock, one counter update with its NOTIFY, one
// COMMIT and its fsync. A host's writers serialize on its row lock anyway; taking the lock once
// per group instead of once per booking is what lets a busy calendar's bookings keep up.
// Two kinds of member: a transaction's work, run in its own SAVEPOINT so one that fails is rolled
// back alone; and a booking (Store.book), of which a run of consecutive ones goes into one
// statement (query-book-batch.ts). Each member sees exactly what it would have seen run alone
// after the ones before it, and nobody hears a success before the COMMIT. If the transaction
// fails as a whole (a statement of a batch, COMMIT, the connection), the caller runs its members
// again one by one (see postgres-store.ts), so one member's fault never fails another.
import type pg from 'pg';
import type { CollectionName } from '../../../../core/schemas/index.ts';
import type { BookingOutcome, ChangeNotice, WriteTx } from '../store.ts';
import { beginAndLockHost, bumpAndCommit } from './host-lock-statements.ts';
import { translatePostgresError } from './postgres-errors.ts';
import { createPostgresWriteTx, type PostgresTxState } from './postgres-write-tx.ts';
import { queryBookBatch, type BatchRow, type RowSeqs } from './query-book-batch.ts';
import { queryBusyIntervals } from './postgres-reads.ts';
import { isLimitReached, limitsSpan } from '../is-limit-reached.ts';

interface Settle {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export type QueuedPostgresWrite =
  | (Settle & { kind: 'work'; work: (tx: WriteTx) => Promise<unknown> })
  | (Settle & { kind: 'book'; row: BatchRow });

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * The run of bookings from `start`, up to the first whose link is already in the run: that one must
 * see the earlier booking's write. A booking under meeting limits goes alone: its count must see
 * the bookings before it, and one statement cannot count the rows it inserts itself.
 */
function bookingBatchAt(members: readonly QueuedPostgresWrite[], start: number): BatchRow[] {
  const rows: BatchRow[] = [];
  const links = new Set<string>();
  for (let i = start; i < members.length; i += 1) {
    const member = members[i]!;
    if (member.kind !== 'book') break;
    if (member.row.limits.length > 0) return rows.length > 0 ? rows : [member.row];
    const { linkId } = member.row;
    if (linkId !== null && links.has(linkId)) break;
    if (linkId !== null) links.add(linkId);
    rows.push(member.row);
  }
  return rows;
}

/** Where the group's writes have got to: the counter and the collections touched. */
interface GroupState {
  seq: number;
  touched: Set<CollectionName>;
}

/** Row k's seqs after `seq`: the booking's, then its link's. */
function seqsAfter(rows: readonly BatchRow[], seq: number): RowSeqs[] {
  let next = seq;
  return rows.map((row) => ({ booking: (next += 1), link: row.linkId === null ? null : (next += 1) }));
}

async function runBatch(client: pg.PoolClient, hostId: string, rows: readonly BatchRow[], group: GroupState): Promise<Outcome[]> {
  // A booking under limits (alone in its batch): the host's lock is held, so the count stays true until COMMIT.
  const limited = rows.length === 1 ? rows[0]!.limits : [];
  if (limited.length > 0 && isLimitReached(limited, rows[0]!.eventTypeId, await queryBusyIntervals(client, hostId, limitsSpan(limited)), null)) {
    return [{ ok: true, value: 'limit_reached' }];
  }
  const seqs = seqsAfter(rows, group.seq);
  const outcomes = await queryBookBatch(client, hostId, rows, seqs);
  outcomes.forEach((outcome: BookingOutcome, k) => {
    if (outcome !== 'booked') return;
    const { booking, link } = seqs[k]!;
    group.seq = link ?? booking;
    group.touched.add('bookings');
    if (link !== null) group.touched.add('links');
  });
  return outcomes.map((value) => ({ ok: true, value }));
}

/** One transaction's work; with `savepoint`, a failure rolls back only its own writes. */
async function runWork(client: pg.PoolClient, hostId: string, work: (tx: WriteTx) => Promise<unknown>, group: GroupState, savepoint: boolean): Promise<Outcome> {
  // Not released after success: the next SAVEPOINT of the same name nests on top (one round
  // trip less per member); ROLLBACK TO always goes back to the latest, this member's.
  if (savepoint) await client.query('SAVEPOINT member');
  const state: PostgresTxState = { seq: group.seq, startSeq: group.seq, touched: new Set<CollectionName>(), open: true, failure: null };
  try {
    const value = await work(createPostgresWriteTx(client, hostId, state));
    if (state.failure) throw state.failure.error;
    state.open = false;
    group.seq = state.seq;
    for (const collection of state.touched) group.touched.add(collection);
    return { ok: true, value };
  } catch (error) {
    state.open = false;
    // Alone, the member is the whole transaction: its failure is the group's.
    if (!savepoint) throw error;
    await client.query('ROLLBACK TO SAVEPOINT member');
    return { ok: false, error: translatePostgresError(error) };
  }
}

/**
 * Runs the group in one transaction and settles every member's promise. Returns false, settling
 * nobody, when the transaction failed as a whole and has more than one member: the caller then
 * runs each member alone. Never throws.
 */
/** Where a group runs and whom it tells of its commit. */
export interface GroupContext {
  pool: pg.Pool;
  /** This store's name in its change notices (postgres-change-listener.ts). */
  origin: string;
  /** Tells this process's commit listeners, right after COMMIT and before any member hears. */
  announce: (notice: ChangeNotice) => void;
}

export async function runPostgresWriteGroup({ pool, origin, announce }: GroupContext, hostId: string, members: readonly QueuedPostgresWrite[]): Promise<boolean> {
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    for (const member of members) member.reject(translatePostgresError(error));
    return true;
  }
  let broken = false;
  // A checked-out client has no listener of the pool's: when PostgreSQL goes away between two
  // queries its 'error' event would crash the process. The failing query rejects on its own;
  // here we only mark the client unfit for reuse.
  const onClientError = (): void => { broken = true; };
  client.on('error', onClientError);
  try {
    const startSeq = await beginAndLockHost(client, hostId);
    const group: GroupState = { seq: startSeq, touched: new Set() };
    const outcomes: Outcome[] = [];
    while (outcomes.length < members.length) {
      const batch = bookingBatchAt(members, outcomes.length);
      const member = members[outcomes.length]!;
      if (batch.length > 0) outcomes.push(...await runBatch(client, hostId, batch, group));
      else if (member.kind === 'work') outcomes.push(await runWork(client, hostId, member.work, group, members.length > 1));
    }
    const wrote = group.seq !== startSeq;
    await bumpAndCommit(client, hostId, wrote ? { seq: group.seq, touched: [...group.touched] } : null, origin);
    if (wrote) announce({ hostId, collections: [...group.touched] });
    members.forEach((m, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) m.resolve(outcome.value);
      else m.reject(outcome.error);
    });
    return true;
  } catch (error) {
    // Also when BEGIN itself failed: ROLLBACK outside a transaction only warns.
    await client.query('ROLLBACK').catch(() => { broken = true; });
    if (members.length > 1 && !broken) return false;
    const translated = translatePostgresError(error);
    for (const member of members) member.reject(translated);
    return true;
  } finally {
    client.off('error', onClientError);
    client.release(broken);
  }
}
