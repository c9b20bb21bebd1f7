// Runs on the server (PostgreSQL). Group commit for one host: the write transactions of a host
// that queued up in this process while its previous group ran are run one after another in ONE
// transaction (one host-row lock, one counter update with its NOTIFY, one COMMIT and its fsync),
// each in its own SAVEPOINT so one that fails is rolled back alone. A host's writers serialize on
// its row lock anyway; taking the lock once per group instead of once per booking is what lets a
// busy calendar's bookings keep up.
// Each member sees exactly what it would have seen run alone after the ones before it, and
// nobody hears a success before the COMMIT. If the transaction fails as a whole (COMMIT, the
// connection, the lock), every member fails with that error. The lock is taken with BEGIN, and
// the counter's update and notice go with COMMIT (host-lock-statements.ts): two round trips
// around the members' statements.
import type pg from 'pg';
import type { CollectionName } from '../../../../core/schemas/index.ts';
import type { WriteOptions, WriteTx } from '../store.ts';
import { beginAndLockHost, bumpAndCommit } from './host-lock-statements.ts';
import type { LinkBookingRow } from './link-booking-row.ts';
import { translatePostgresError } from './postgres-errors.ts';
import { queryLinkByToken } from './postgres-reads.ts';
import { queryBookLinks } from './query-book-links.ts';
import { createPostgresWriteTx, type PostgresTxState } from './postgres-write-tx.ts';

export interface QueuedPostgresWrite {
  work: (tx: WriteTx) => Promise<unknown>;
  options: WriteOptions;
  /** options.linkBooking as the statement's parameters, checked when it queued (link-booking-row.ts). */
  row?: LinkBookingRow;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/**
 * The run of members from `start` that only book a link (their `row`), up to the first that books
 * a link already in the run: that one must see the earlier booking's write.
 */
function linkBookingBatchAt(members: readonly QueuedPostgresWrite[], start: number): LinkBookingRow[] {
  const rows: LinkBookingRow[] = [];
  const links = new Set<string>();
  for (let i = start; i < members.length; i += 1) {
    const row = members[i]!.row;
    if (!row || links.has(row.linkId)) break;
    links.add(row.linkId);
    rows.push(row);
  }
  return rows;
}

/**
 * Books a batch in one statement (query-book-links.ts): row k gets the k-th pair of seqs after
 * `seq`. Returns the outcomes in row order and the counter after the last booking that went in. A
 * database error throws: it aborted the transaction, so the whole group fails.
 */
async function bookTogether(client: pg.PoolClient, hostId: string, rows: readonly LinkBookingRow[], seq: number): Promise<{ outcomes: Outcome[]; seq: number }> {
  const seqs = rows.map((_row, k) => ({ booking: seq + 1 + 2 * k, link: seq + 2 + 2 * k }));
  const results = await queryBookLinks(client, hostId, rows, seqs);
  let last = seq;
  results.forEach((result, k) => {
    if (result === 'booked') last = seqs[k]!.link;
  });
  return { outcomes: results.map((value) => ({ ok: true, value })), seq: last };
}

/** The members whose precheck (on committed data, before the lock) did not refuse them. */
async function passPrechecks(pool: pg.Pool, hostId: string, group: readonly QueuedPostgresWrite[]): Promise<QueuedPostgresWrite[]> {
  const refused = await Promise.all(group.map(async (member) => {
    if (!member.options.precheck) return false;
    try {
      await member.options.precheck({ findLinkByToken: (token) => queryLinkByToken(pool, token, hostId) });
      return false;
    } catch (error) {
      member.reject(translatePostgresError(error));
      return true;
    }
  }));
  return group.filter((_member, i) => !refused[i]);
}

/** Runs the group and settles every member's promise; never throws. */
export async function runPostgresWriteGroup(pool: pg.Pool, hostId: string, group: readonly QueuedPostgresWrite[]): Promise<void> {
  const members = await passPrechecks(pool, hostId, group);
  if (members.length === 0) return;
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    for (const member of members) member.reject(translatePostgresError(error));
    return;
  }
  let broken = false;
  // A checked-out client has no listener of the pool's: when PostgreSQL goes away between two
  // queries its 'error' event would crash the process. The failing query rejects on its own;
  // here we only mark the client unfit for reuse.
  const onClientError = (): void => { broken = true; };
  client.on('error', onClientError);
  // Alone, a member is the whole transaction; savepoints only cost a round trip.
  const savepoints = members.length > 1;
  try {
    const startSeq = await beginAndLockHost(client, hostId);
    let seq = startSeq;
    const touched = new Set<CollectionName>();
    const outcomes: Outcome[] = [];
    for (let i = 0; i < members.length; i += 1) {
      const batch = linkBookingBatchAt(members, i);
      if (batch.length > 0) {
        const booked = await bookTogether(client, hostId, batch, seq);
        outcomes.push(...booked.outcomes);
        if (booked.seq !== seq) {
          seq = booked.seq;
          touched.add('bookings');
          touched.add('links');
        }
        i += batch.length - 1;
        continue;
      }
      const member = members[i]!;
      // Not released after success: the next SAVEPOINT of the same name nests on top (one round
      // trip less per member); ROLLBACK TO always goes back to the latest, this member's.
      // A member that writes all or nothing (singleWrite) needs no savepoint: if it fails without
      // a database error it wrote nothing; a database error dooms the transaction (see below).
      const savepoint = savepoints && member.options.singleWrite !== true;
      if (savepoint) await client.query('SAVEPOINT member');
      const state: PostgresTxState = { seq, startSeq: seq, touched: new Set<CollectionName>(), open: true, failure: null };
      try {
        const value = await member.work(createPostgresWriteTx(client, hostId, state));
        if (state.failure) throw state.failure.error;
        state.open = false;
        seq = state.seq;
        for (const collection of state.touched) touched.add(collection);
        outcomes.push({ ok: true, value });
      } catch (error) {
        state.open = false;
        if (!savepoints) throw error;
        if (!savepoint) {
          // No savepoint to go back to: a failed statement aborted the whole transaction.
          if (state.failure) throw error;
          outcomes.push({ ok: false, error: translatePostgresError(error) });
          continue;
        }
        await client.query('ROLLBACK TO SAVEPOINT member');
        outcomes.push({ ok: false, error: translatePostgresError(error) });
      }
    }
    await bumpAndCommit(client, hostId, seq === startSeq ? null : { seq, touched: [...touched] });
    members.forEach((member, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) member.resolve(outcome.value);
      else member.reject(outcome.error);
    });
  } catch (error) {
    // Also when BEGIN itself failed: ROLLBACK outside a transaction only warns.
    await client.query('ROLLBACK').catch(() => { broken = true; });
    const translated = translatePostgresError(error);
    for (const member of members) member.reject(translated);
  } finally {
    client.off('error', onClientError);
    client.release(broken);
  }
}
