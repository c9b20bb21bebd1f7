// Runs on the server (SQLite). Group commit: the write transactions that queued up while the
// writer was busy run one after another inside ONE `BEGIN IMMEDIATE … COMMIT`, each in its own
// SAVEPOINT. One fsync then makes the whole group durable, instead of one fsync per booking;
// that fsync (synchronous=FULL) blocks the event loop, so paying it once per group is what lets
// bookings keep up with a busy calendar.
// Each transaction still sees exactly what it would have seen run alone after the ones before it
// (it is serial, in queue order), and one that throws is rolled back to its savepoint without
// touching the others. Nobody hears an outcome before the COMMIT: a success is only durable
// then, and a refusal may rest on an earlier member's write (a link it used up). If the COMMIT
// fails, every member of the group fails with that error.
import type { CollectionName } from '../../../../core/schemas/index.ts';
import { HostNotFoundError } from '../store-errors.ts';
import type { SqliteDatabase } from './open-sqlite-database.ts';
import { prepareCached } from './prepare-cached.ts';
import { createSqliteWriteTx, type SqliteTxState, type SqliteWriteTx } from './sqlite-write-tx.ts';

export interface QueuedWrite {
  hostId: string;
  work: (tx: SqliteWriteTx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * The group's view of each host's counter: read once from the hosts row at the host's first
 * member, advanced by every member that succeeds, written back once before COMMIT (two statements
 * per group instead of per member).
 */
type HostCounters = Map<string, { seq: number; startSeq: number }>;

/** Runs one member inside the open transaction; its writes are kept only when it succeeds. */
async function runMember(writer: SqliteDatabase, member: QueuedWrite, touched: Map<string, Set<CollectionName>>, counters: HostCounters): Promise<Outcome> {
  const { hostId, work } = member;
  prepareCached(writer, 'SAVEPOINT member').run();
  let state: SqliteTxState | null = null;
  try {
    let counter = counters.get(hostId);
    if (!counter) {
      const seq = prepareCached(writer, 'SELECT seq FROM hosts WHERE id = ?').pluck().get(hostId) as number | undefined;
      if (seq === undefined) throw new HostNotFoundError(hostId);
      counter = { seq, startSeq: seq };
      counters.set(hostId, counter);
    }
    state = { seq: counter.seq, startSeq: counter.seq, touched: new Set<CollectionName>(), open: true, failure: null };
    const value = await work(createSqliteWriteTx(writer, hostId, state));
    if (state.failure) throw state.failure.error;
    state.open = false;
    prepareCached(writer, 'RELEASE member').run();
    // Only now: a member rolled back to its savepoint leaves the counter where it was.
    counter.seq = state.seq;
    if (state.touched.size > 0) {
      const collections = touched.get(hostId) ?? new Set<CollectionName>();
      for (const collection of state.touched) collections.add(collection);
      touched.set(hostId, collections);
    }
    return { ok: true, value };
  } catch (error) {
    if (state) state.open = false;
    // A few errors (I/O, disk full) make SQLite roll the whole transaction back by itself.
    if (writer.inTransaction) {
      prepareCached(writer, 'ROLLBACK TO member').run();
      prepareCached(writer, 'RELEASE member').run();
    }
    return { ok: false, error };
  }
}

/**
 * Runs the group and settles every member's promise. Returns the hosts whose data changed, for
 * the store to tell its commit listeners (after the COMMIT).
 */
export async function runWriteGroup(writer: SqliteDatabase, group: readonly QueuedWrite[]): Promise<Map<string, Set<CollectionName>>> {
  const touched = new Map<string, Set<CollectionName>>();
  const counters: HostCounters = new Map();
  const outcomes: Outcome[] = [];
  try {
    writer.exec('BEGIN IMMEDIATE');
    for (const member of group) {
      outcomes.push(writer.inTransaction ? await runMember(writer, member, touched, counters) : { ok: false, error: new Error('the group transaction was rolled back by SQLite') });
    }
    if (!writer.inTransaction) {
      const cause = outcomes.find((outcome): outcome is { ok: false; error: unknown } => !outcome.ok);
      throw cause ? cause.error : new Error('the group transaction was rolled back by SQLite');
    }
    for (const [hostId, counter] of counters) {
      if (counter.seq !== counter.startSeq) prepareCached(writer, 'UPDATE hosts SET seq = ? WHERE id = ?').run(counter.seq, hostId);
    }
    writer.exec('COMMIT');
  } catch (error) {
    if (writer.inTransaction) writer.exec('ROLLBACK');
    for (const member of group) member.reject(error);
    return new Map();
  }
  group.forEach((member, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) member.resolve(outcome.value);
    else member.reject(outcome.error);
  });
  return touched;
}
