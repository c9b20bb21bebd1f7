// Runs on the server (SQLite). Queries shared by the store (on its read connection: committed
// data only) and by write transactions (on the write connection: they see their own writes).
import type { CollectionName } from '../../../../core/schemas/index.ts';
import { COLLECTION_TABLES } from '../collection-tables.ts';
import { joinDoc, toInstantColumn } from '../document-columns.ts';
import { MAX_BLOCKED_SPAN_MS } from '../max-blocked-span.ts';
import type { BusyInterval, Checkpoint, LinkWithTarget, PullResult, StoredDoc, TimeRange } from '../store.ts';
import type { SqliteDatabase } from './open-sqlite-database.ts';
import { prepareCached } from './prepare-cached.ts';

interface DocRow {
  host_id: string;
  id: string;
  seq: number;
  deleted: number;
  doc: string;
}

function toStored<C extends CollectionName>(row: DocRow): StoredDoc<C> {
  return { doc: joinDoc<C>(JSON.parse(row.doc) as Record<string, unknown>, row.deleted === 1), seq: row.seq };
}

export function readDocs<C extends CollectionName>(db: SqliteDatabase, hostId: string, collection: C, ids: readonly string[]): Map<string, StoredDoc<C>> {
  const result = new Map<string, StoredDoc<C>>();
  const table = COLLECTION_TABLES[collection];
  // json_each takes the ids as one parameter, however many there are. One id (every booking
  // reads its event type so) skips the table-valued function, which costs more than the lookup.
  const rows = (ids.length === 1
    ? prepareCached(db, `SELECT id, seq, deleted, doc FROM ${table} WHERE host_id = ? AND id = ?`).all(hostId, ids[0])
    : prepareCached(db, `SELECT id, seq, deleted, doc FROM ${table} WHERE host_id = ? AND id IN (SELECT value FROM json_each(?))`)
      .all(hostId, JSON.stringify(ids))) as DocRow[];
  for (const row of rows) result.set(row.id, toStored<C>(row));
  return result;
}

export function readPull<C extends CollectionName>(db: SqliteDatabase, hostId: string, collection: C, checkpoint: Checkpoint | null, limit: number): PullResult<C> {
  const from = checkpoint ?? { seq: 0, id: '' };
  const table = COLLECTION_TABLES[collection];
  // Host filter before ORDER BY/LIMIT, on the (host_id, seq, id) index.
  const rows = prepareCached(db, `SELECT id, seq, deleted, doc FROM ${table} WHERE host_id = ? AND (seq, id) > (?, ?) ORDER BY seq, id LIMIT ?`)
    .all(hostId, from.seq, from.id, limit) as DocRow[];
  const last = rows[rows.length - 1];
  return {
    documents: rows.map((row) => toStored<C>(row).doc),
    checkpoint: last ? { seq: last.seq, id: last.id } : { seq: from.seq, id: from.id },
  };
}

interface LinkRow extends DocRow {
  edit_seq: number;
  event_type_id: string;
}

interface HostRow {
  name: string;
  slug: string;
  timezone: string;
  email: string;
  photo_hash: string | null;
  created_at: string;
}

function readLinkTargetRows(db: SqliteDatabase, token: string): LinkWithTarget | null {
  const link = prepareCached(db, 'SELECT host_id, id, seq, edit_seq, deleted, doc, event_type_id FROM links WHERE token = ?').get(token) as LinkRow | undefined;
  if (!link) return null;
  const host = prepareCached(db, 'SELECT name, slug, timezone, email, photo_hash, created_at FROM hosts WHERE id = ?').get(link.host_id) as HostRow | undefined;
  if (!host) return null;
  const eventType = prepareCached(db, 'SELECT host_id, id, seq, deleted, doc FROM event_types WHERE host_id = ? AND id = ?').get(link.host_id, link.event_type_id) as DocRow | undefined;
  return {
    host: { id: link.host_id, name: host.name, slug: host.slug, timezone: host.timezone, email: host.email, photoHash: host.photo_hash, createdAt: host.created_at },
    link: toStored<'links'>(link),
    editSeq: link.edit_seq,
    eventType: eventType ? toStored<'event_types'>(eventType) : null,
  };
}

/** The transaction around readLinkTargetRows, made once per connection (better-sqlite3 builds a wrapper each time it is asked). */
const linkTargetReads = new WeakMap<SqliteDatabase, (token: string) => LinkWithTarget | null>();

/**
 * Store.findLinkByToken: the link, its host and its event type, in one read transaction (one
 * snapshot). Three lookups rather than one join: this SQLite runs the join several times slower
 * than the three (and it is the first read of every booking page, slots answer and redemption).
 */
export function readLinkWithTarget(db: SqliteDatabase, token: string): LinkWithTarget | null {
  let read = linkTargetReads.get(db);
  if (!read) {
    read = db.transaction((asked: string) => readLinkTargetRows(db, asked));
    linkTargetReads.set(db, read);
  }
  return read(token);
}

export function readBookingByManageToken(db: SqliteDatabase, manageToken: string, hostId?: string): { hostId: string; booking: StoredDoc<'bookings'> } | null {
  const row = (hostId === undefined
    ? prepareCached(db, 'SELECT host_id, id, seq, deleted, doc FROM bookings WHERE manage_token = ?').get(manageToken)
    : prepareCached(db, 'SELECT host_id, id, seq, deleted, doc FROM bookings WHERE manage_token = ? AND host_id = ?').get(manageToken, hostId)) as DocRow | undefined;
  return row ? { hostId: row.host_id, booking: toStored<'bookings'>(row) } : null;
}

export function readEventTypeBySlug(db: SqliteDatabase, hostId: string, slug: string): StoredDoc<'event_types'> | null {
  const row = prepareCached(db, 'SELECT host_id, id, seq, deleted, doc FROM event_types WHERE host_id = ? AND slug = ? AND deleted = 0')
    .get(hostId, slug) as DocRow | undefined;
  return row ? toStored<'event_types'>(row) : null;
}

interface BusyRow {
  id: string;
  event_type_id: string;
  start_at: string;
  end_at: string;
  blocked_start: string;
  blocked_end: string;
}

/** The earliest blocked_start a range overlapping one that starts at `start` can have (ISO). */
function earliestOverlappingStart(start: string): string {
  // No blocked range is longer than MAX_BLOCKED_SPAN_MS, so one that overlaps starts after
  // start - span: the index range is bounded on both sides.
  return new Date(Date.parse(start) - MAX_BLOCKED_SPAN_MS).toISOString();
}

/**
 * Whether a confirmed booking's blocked range overlaps `[range.start, range.end)` (`exceptId` left
 * out): the check before every write of a confirmed booking. It only reads the index
 * (bookings_busy_ranges holds both ends) and stops at the first overlap.
 */
export function hasBusyOverlap(db: SqliteDatabase, hostId: string, range: TimeRange, exceptId = ''): boolean {
  const start = toInstantColumn('start', range.start);
  const end = toInstantColumn('end', range.end);
  if (start === null || end === null || start >= end) return false;
  return prepareCached(db,
    `SELECT 1 FROM bookings INDEXED BY bookings_busy_ranges
     WHERE host_id = ? AND status = 'confirmed' AND deleted = 0 AND blocked_start >= ? AND blocked_start < ? AND blocked_end > ? AND id <> ?
     LIMIT 1`,
  ).pluck().get(hostId, earliestOverlappingStart(start), end, start, exceptId) !== undefined;
}

/** Confirmed bookings whose blocked range overlaps `[range.start, range.end)`; `exceptId` is left out. */
export function readBusyIntervals(db: SqliteDatabase, hostId: string, range: TimeRange, exceptId = ''): BusyInterval[] {
  const start = toInstantColumn('start', range.start);
  const end = toInstantColumn('end', range.end);
  if (start === null || end === null || start >= end) return [];
  // An index range bounded on both sides (bookings_busy_ranges: host_id, blocked_start, blocked_end).
  const earliest = earliestOverlappingStart(start);
  const rows = prepareCached(db, 
      `SELECT id, event_type_id, start_at, end_at, blocked_start, blocked_end FROM bookings
       WHERE host_id = ? AND status = 'confirmed' AND deleted = 0 AND blocked_start >= ? AND blocked_start < ? AND blocked_end > ? AND id <> ?`,
    )
    .all(hostId, earliest, end, start, exceptId) as BusyRow[];
  // Ordered here rather than by ORDER BY: SQLite's sorter costs more than this query itself,
  // even for no rows, and a window holds few bookings.
  rows.sort((a, b) => (a.start_at < b.start_at ? -1 : a.start_at > b.start_at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows.map((row) => ({
    bookingId: row.id,
    eventTypeId: row.event_type_id,
    start: row.start_at,
    end: row.end_at,
    blockedStart: row.blocked_start,
    blockedEnd: row.blocked_end,
  }));
}
