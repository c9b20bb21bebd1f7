// Runs on the server (PostgreSQL). Queries shared by the store (on the pool: committed data) and
// by write transactions (on their own client: they see their own writes).
import type { CollectionName } from '../../../../core/schemas/index.ts';
import { COLLECTION_TABLES } from '../collection-tables.ts';
import { joinDoc, toInstantColumn } from '../document-columns.ts';
import type { BusyInterval, Checkpoint, LinkWithTarget, PullResult, StoredDoc, TimeRange } from '../store.ts';

/** A pool or a client: anything that runs a query. */
export interface Queryable {
  query<R extends object = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[]; rowCount: number | null }>;
  /** A named query is prepared once per connection and then only bound and run. */
  query<R extends object = Record<string, unknown>>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[]; rowCount: number | null }>;
}

interface DocRow {
  host_id: string;
  id: string;
  seq: string | number;
  deleted: boolean;
  doc: Record<string, unknown>;
}

const DOC_COLUMNS = 'host_id, id, seq, deleted, doc';

function toStored<C extends CollectionName>(row: DocRow): StoredDoc<C> {
  return { doc: joinDoc<C>(row.doc, row.deleted), seq: Number(row.seq) };
}

export async function queryDocs<C extends CollectionName>(db: Queryable, hostId: string, collection: C, ids: readonly string[]): Promise<Map<string, StoredDoc<C>>> {
  const result = new Map<string, StoredDoc<C>>();
  if (ids.length === 0) return result;
  const { rows } = await db.query<DocRow>(
    `SELECT ${DOC_COLUMNS} FROM ${COLLECTION_TABLES[collection]} WHERE host_id = $1 AND id = ANY($2::text[])`,
    [hostId, [...ids]],
  );
  for (const row of rows) result.set(row.id, toStored<C>(row));
  return result;
}

export async function queryPull<C extends CollectionName>(db: Queryable, hostId: string, collection: C, checkpoint: Checkpoint | null, limit: number): Promise<PullResult<C>> {
  const from = checkpoint ?? { seq: 0, id: '' };
  // Host filter before ORDER BY/LIMIT, on the (host_id, seq, id) index.
  const { rows } = await db.query<DocRow>(
    `SELECT ${DOC_COLUMNS} FROM ${COLLECTION_TABLES[collection]}
     WHERE host_id = $1 AND (seq, id) > ($2::bigint, $3::text) ORDER BY seq, id LIMIT $4`,
    [hostId, from.seq, from.id, limit],
  );
  const last = rows[rows.length - 1];
  return {
    documents: rows.map((row) => toStored<C>(row).doc),
    checkpoint: last ? { seq: Number(last.seq), id: last.id } : { seq: from.seq, id: from.id },
  };
}

interface LinkTargetRow extends DocRow {
  token: string;
  edit_seq: string | number;
  host_name: string;
  host_slug: string;
  host_timezone: string;
  host_email: string;
  host_photo_hash: string | null;
  host_created_at: Date;
  et_id: string | null;
  et_seq: string | number | null;
  et_deleted: boolean | null;
  et_doc: Record<string, unknown> | null;
}

/** Links by their tokens, any host, each with its host and event type: the store's findLinkByToken, batched (batch-link-reads.ts). */
export async function queryLinksByTokens(db: Queryable, tokens: readonly string[]): Promise<Map<string, LinkWithTarget>> {
  const { rows } = await db.query<LinkTargetRow>({
    name: 'links-by-tokens',
    text: `SELECT l.token, l.host_id, l.id, l.seq, l.edit_seq, l.deleted, l.doc,
                  h.name AS host_name, h.slug AS host_slug, h.timezone AS host_timezone, h.email AS host_email, h.photo_hash AS host_photo_hash, h.created_at AS host_created_at,
                  e.id AS et_id, e.seq AS et_seq, e.deleted AS et_deleted, e.doc AS et_doc
           FROM links l JOIN hosts h ON h.id = l.host_id
           LEFT JOIN event_types e ON e.host_id = l.host_id AND e.id = l.event_type_id
           WHERE l.token = ANY($1::text[])`,
    values: [tokens],
  });
  const found = new Map<string, LinkWithTarget>();
  for (const row of rows) {
    const eventType = row.et_id === null || row.et_doc === null
      ? null
      : toStored<'event_types'>({ host_id: row.host_id, id: row.et_id, seq: row.et_seq ?? 0, deleted: row.et_deleted === true, doc: row.et_doc });
    found.set(row.token, {
      host: { id: row.host_id, name: row.host_name, slug: row.host_slug, timezone: row.host_timezone, email: row.host_email, photoHash: row.host_photo_hash, createdAt: row.host_created_at.toISOString() },
      link: toStored<'links'>(row),
      editSeq: Number(row.edit_seq),
      eventType,
    });
  }
  return found;
}

export async function queryBookingByManageToken(db: Queryable, manageToken: string, hostId?: string): Promise<{ hostId: string; booking: StoredDoc<'bookings'> } | null> {
  const { rows } = hostId === undefined
    ? await db.query<DocRow>(`SELECT ${DOC_COLUMNS} FROM bookings WHERE manage_token = $1`, [manageToken])
    : await db.query<DocRow>(`SELECT ${DOC_COLUMNS} FROM bookings WHERE manage_token = $1 AND host_id = $2`, [manageToken, hostId]);
  const row = rows[0];
  return row ? { hostId: row.host_id, booking: toStored<'bookings'>(row) } : null;
}

export async function queryEventTypeBySlug(db: Queryable, hostId: string, slug: string): Promise<StoredDoc<'event_types'> | null> {
  const { rows } = await db.query<DocRow>(`SELECT ${DOC_COLUMNS} FROM event_types WHERE host_id = $1 AND slug = $2 AND NOT deleted`, [hostId, slug]);
  const row = rows[0];
  return row ? toStored<'event_types'>(row) : null;
}

interface BusyRow {
  id: string;
  event_type_id: string;
  start_at: Date;
  end_at: Date;
  blocked_start: Date;
  blocked_end: Date;
}

/** Confirmed bookings whose blocked range overlaps `[range.start, range.end)` (uses the exclusion constraint's index). */
export async function queryBusyIntervals(db: Queryable, hostId: string, range: TimeRange): Promise<BusyInterval[]> {
  const start = toInstantColumn('start', range.start);
  const end = toInstantColumn('end', range.end);
  if (start === null || end === null || start >= end) return [];
  const { rows } = await db.query<BusyRow>(
    `SELECT id, event_type_id, start_at, end_at, blocked_start, blocked_end FROM bookings
     WHERE host_id = $1 AND status = 'confirmed' AND NOT deleted
       AND tstzrange(blocked_start, blocked_end) && tstzrange($2::timestamptz, $3::timestamptz)
     ORDER BY start_at, id`,
    [hostId, start, end],
  );
  return rows.map((row) => ({
    bookingId: row.id,
    eventTypeId: row.event_type_id,
    start: row.start_at.toISOString(),
    end: row.end_at.toISOString(),
    blockedStart: row.blocked_start.toISOString(),
    blockedEnd: row.blocked_end.toISOString(),
  }));
}
