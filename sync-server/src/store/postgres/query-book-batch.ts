// Runs on the server (PostgreSQL). Store.book for a batch of one host's queued bookings as ONE
// statement (ARCHITECTURE.md, "Group commit"): under the host's lock every statement is a round
// trip that all of the host's other writers wait for, and a busy host's bookings arrive together.
// Row by row it does what SQLite's book-in-transaction.ts does for one booking:
//   fresh:  the event type and the link are as read, and the link is live (core's rule in SQL);
//   booked: the booking goes in, ON CONFLICT DO NOTHING, so an overlap with a confirmed booking
//           (the exclusion constraint; also with an earlier row of this statement, inserted
//           first) writes nothing instead of aborting the transaction;
//   spent:  only a booking that went in spends its link's use and is recorded on the link.
// The rows' values travel as one array per column, in the order of BATCH_COLUMNS; the statement's
// unnest and its column names are built from that one list, so they cannot drift apart.
// The bookings' messages (invariant 7) travel the same way, one array per OUTBOX_COLUMNS entry,
// and go in only beside a booking that went in: the outbox costs no extra round trip.
import type pg from 'pg';
import { assertValidDocument } from '../assert-valid-document.ts';
import { blockedRangeColumns, bookingColumns, splitDoc, toInstantColumn } from '../document-columns.ts';
import { linkIsLiveSql } from '../link-is-live-sql.ts';
import type { OutboxBatch } from '../outbox-store.ts';
import type { BookingCommand, BookingLimit, BookingOutcome } from '../store.ts';

/** One booking of a batch, checked and turned into column values when it queued. */
export interface BatchRow {
  eventTypeId: string;
  eventTypeSeq: number;
  linkId: string | null;
  linkEditSeq: number | null;
  at: string;
  id: string;
  deleted: boolean;
  doc: string;
  status: string;
  startAt: string;
  endAt: string;
  blockedStart: string;
  blockedEnd: string;
  manageToken: string;
  /** Its meeting limits (empty: none); counted before the statement, see run-postgres-write-group.ts. */
  limits: readonly BookingLimit[];
  /** The booking's messages; written only when it is booked. */
  outbox: OutboxBatch | null;
}

/** The seqs row k is written with: the booking's, then the link's (null for the standard link). */
export interface RowSeqs {
  booking: number;
  link: number | null;
}

type Column = readonly [name: string, type: string, value: (row: BatchRow, seqs: RowSeqs) => unknown];

const BATCH_COLUMNS: readonly Column[] = [
  ['event_type_id', 'text', (r) => r.eventTypeId],
  ['event_type_seq', 'bigint', (r) => r.eventTypeSeq],
  ['link_id', 'text', (r) => r.linkId],
  ['link_edit_seq', 'bigint', (r) => r.linkEditSeq],
  ['link_seq', 'bigint', (_r, s) => s.link],
  ['at', 'timestamptz', (r) => r.at],
  ['at_text', 'text', (r) => r.at],
  ['id', 'text', (r) => r.id],
  ['seq', 'bigint', (_r, s) => s.booking],
  ['deleted', 'boolean', (r) => r.deleted],
  ['doc', 'jsonb', (r) => r.doc],
  ['status', 'text', (r) => r.status],
  ['start_at', 'timestamptz', (r) => r.startAt],
  ['end_at', 'timestamptz', (r) => r.endAt],
  ['blocked_start', 'timestamptz', (r) => r.blockedStart],
  ['blocked_end', 'timestamptz', (r) => r.blockedEnd],
  ['manage_token', 'text', (r) => r.manageToken],
];

type OutboxColumn = readonly [name: string, type: string, value: (row: BatchRow, m: NonNullable<BatchRow['outbox']>['messages'][number]) => unknown];

/** One entry per message of every row: `owner` is the id of the booking it belongs to. */
const OUTBOX_COLUMNS: readonly OutboxColumn[] = [
  ['owner', 'text', (r) => r.id],
  ['id', 'text', (_r, m) => m.id],
  ['kind', 'text', (_r, m) => m.kind],
  ['topic', 'text', (_r, m) => m.topic],
  ['booking_id', 'text', (_r, m) => m.bookingId],
  ['payload', 'text', (_r, m) => m.payload],
  ['due_at', 'timestamptz', (_r, m) => m.dueAt],
  ['only_if_used_up', 'boolean', (_r, m) => m.onlyIfLinkUsedUp === true],
];
const OUTBOX_FIRST_PARAM = BATCH_COLUMNS.length + 2;
const outboxParam = (i: number): number => OUTBOX_FIRST_PARAM + i;
/** The pending reminders a booked row drops (a reschedule's old booking): pairs of (owner, booking id). */
const DROP_FIRST_PARAM = OUTBOX_FIRST_PARAM + OUTBOX_COLUMNS.length;

/** The bookings table's columns the batch inserts, each taken from the input column of the same name. */
const BOOKING_COLUMNS = ['id', 'seq', 'deleted', 'doc', 'event_type_id', 'link_id', 'status', 'start_at', 'end_at', 'blocked_start', 'blocked_end', 'manage_token'];

const BOOK_BATCH_SQL = `
WITH input AS (
  SELECT * FROM unnest(${BATCH_COLUMNS.map(([, type], i) => `$${i + 2}::${type}[]`).join(', ')})
    WITH ORDINALITY AS i(${BATCH_COLUMNS.map(([name]) => name).join(', ')}, ord)
), fresh AS (
  SELECT input.* FROM input
  WHERE EXISTS (SELECT 1 FROM event_types e WHERE e.host_id = $1 AND e.id = input.event_type_id AND e.seq = input.event_type_seq)
    AND (input.link_id IS NULL OR EXISTS (
      SELECT 1 FROM links l WHERE l.host_id = $1 AND l.id = input.link_id AND l.edit_seq = input.link_edit_seq AND ${linkIsLiveSql('postgres', 'l', 'input.at')}))
), booked AS (
  INSERT INTO bookings (host_id, ${BOOKING_COLUMNS.join(', ')})
  SELECT $1, ${BOOKING_COLUMNS.join(', ')} FROM fresh ORDER BY ord
  ON CONFLICT DO NOTHING
  RETURNING id
), spent AS (
  UPDATE links SET use_count = links.use_count + 1, seq = fresh.link_seq,
    doc = jsonb_set(jsonb_set(jsonb_set(links.doc,
      '{useCount}', to_jsonb(links.use_count + 1)),
      '{bookingIds}', (links.doc -> 'bookingIds') || jsonb_build_array(fresh.id)),
      '{lastBookedAt}', to_jsonb(fresh.at_text))
  FROM fresh JOIN booked ON booked.id = fresh.id
  WHERE links.host_id = $1 AND links.id = fresh.link_id
  RETURNING links.id, links.use_count >= links.max_uses AS used_up
), outboxed AS (
  INSERT INTO outbox (id, host_id, kind, topic, booking_id, payload, status, due_at, attempts, created_at)
  SELECT o.id, $1, o.kind, o.topic, o.booking_id, o.payload, 'pending', o.due_at, 0, now()
  FROM unnest(${OUTBOX_COLUMNS.map(([, type], i) => `$${outboxParam(i)}::${type}[]`).join(', ')}) AS o(${OUTBOX_COLUMNS.map(([name]) => name).join(', ')})
  JOIN booked ON booked.id = o.owner
  LEFT JOIN fresh ON fresh.id = o.owner
  LEFT JOIN spent ON spent.id = fresh.link_id
  WHERE (NOT o.only_if_used_up OR spent.used_up IS TRUE)
    -- An event nobody subscribes to is not queued (most hosts have no webhooks).
    AND (o.kind <> 'webhook_event' OR EXISTS (SELECT 1 FROM webhooks w WHERE w.host_id = $1 AND w.deleted_at IS NULL AND w.events LIKE '%,' || o.topic || ',%'))
), dropped AS (
  UPDATE outbox SET status = 'canceled'
  FROM unnest($${DROP_FIRST_PARAM}::text[], $${DROP_FIRST_PARAM + 1}::text[]) AS d(owner, booking_id) JOIN booked ON booked.id = d.owner
  WHERE outbox.host_id = $1 AND outbox.booking_id = d.booking_id AND outbox.topic = 'reminder' AND outbox.status = 'pending'
)
SELECT input.ord::int AS ord, fresh.ord IS NOT NULL AS fresh, booked.id IS NOT NULL AS booked, spent.id IS NOT NULL AS spent
FROM input
LEFT JOIN fresh ON fresh.ord = input.ord
LEFT JOIN booked ON booked.id = input.id
LEFT JOIN spent ON spent.id = input.link_id
ORDER BY input.ord`;

/** The store's checks of a command (they throw on a bad one, before anything is sent) and its column values. */
export function toBatchRow(command: BookingCommand): BatchRow {
  assertValidDocument('bookings', command.booking);
  const { body, deleted } = splitDoc(command.booking);
  const c = bookingColumns(command.booking);
  const { blockedStart, blockedEnd } = blockedRangeColumns(command.server);
  return {
    eventTypeId: command.eventType.id, eventTypeSeq: command.eventType.seq,
    linkId: command.link?.id ?? null, linkEditSeq: command.link?.editSeq ?? null,
    at: toInstantColumn('now', command.now) as string,
    id: command.booking.id, deleted, doc: JSON.stringify(body), status: c.status, startAt: c.start, endAt: c.end,
    blockedStart, blockedEnd, manageToken: command.server.manageToken,
    limits: command.limits ?? [],
    outbox: command.outbox ?? null,
  };
}

/**
 * Books the rows in one statement, row k with `seqs[k]`; outcomes in row order. The rows' links
 * must all differ (the same link twice must see the first booking's write: the caller puts it in
 * the next batch). Throws on a database fault, which aborts the transaction.
 */
export async function queryBookBatch(client: pg.ClientBase, hostId: string, rows: readonly BatchRow[], seqs: readonly RowSeqs[]): Promise<BookingOutcome[]> {
  const links = rows.map((r) => r.linkId).filter((id) => id !== null);
  if (new Set(links).size !== links.length) throw new Error('queryBookBatch: a link appears twice in one batch');
  const values = BATCH_COLUMNS.map(([, , value]) => rows.map((row, k) => value(row, seqs[k]!)));
  const messages = rows.flatMap((row) => (row.outbox?.messages ?? []).map((m) => [row, m] as const));
  const outboxValues = OUTBOX_COLUMNS.map(([, , value]) => messages.map(([row, m]) => value(row, m)));
  const drops = rows.flatMap((row) => (row.outbox?.dropRemindersOf ?? []).map((bookingId) => [row.id, bookingId] as const));
  const dropValues = [drops.map(([owner]) => owner), drops.map(([, bookingId]) => bookingId)];
  const { rows: results } = await client.query<{ ord: number; fresh: boolean; booked: boolean; spent: boolean }>({ name: 'book-batch', text: BOOK_BATCH_SQL, values: [hostId, ...values, ...outboxValues, ...dropValues] });
  const outcomes: BookingOutcome[] = [];
  for (const [k, result] of results.entries()) {
    const row = rows[k]!;
    if (!result.fresh) outcomes.push('stale');
    else if (!result.booked) outcomes.push(await overlapOrIdClash(client, hostId, row.id));
    // Under the host's lock nothing can spend the use between `fresh` and the update.
    else if (row.linkId !== null && !result.spent) throw new Error('the link lost its use between the check and the update');
    else outcomes.push('booked');
  }
  if (outcomes.length !== rows.length) throw new Error('queryBookBatch: an outcome is missing');
  return outcomes;
}

/** 'overlap', or a throw when DO NOTHING swallowed a clash of the booking's id or manage token (a fault, not an overlap). */
async function overlapOrIdClash(client: pg.ClientBase, hostId: string, bookingId: string): Promise<'overlap'> {
  const { rowCount } = await client.query('SELECT 1 FROM bookings WHERE host_id = $1 AND id = $2', [hostId, bookingId]);
  if (rowCount) throw new Error(`a booking with id ${bookingId} exists already`);
  return 'overlap';
}
