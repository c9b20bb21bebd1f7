// Runs on the server (PostgreSQL). Queries shared by the store (on the pool: committed data) and
// by write transactions (on their own client: they see their own writes).
import type { CollectionName } from '../../../../core/schemas/index.ts';
import { COLLECTION_TABLES } from '../collection-tables.ts';
import { joinDoc, toInstantColumn } from '../document-columns.ts';
import type { BusyInterval, Checkpoint, LinkClaim, PullResult, StoredDoc, TimeRange } from '../store.ts';

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

/** A link by its token, within one host (a write transaction's read, on its own client). */
export async function queryLinkByToken(db: Queryable, token: string, hostId: string): Promise<StoredDoc<'links'> | null> {
  // Named (prepared once per connection): the full redemption and the storm precheck run it.
  const { rows } = await db.query<DocRow>({ name: 'link-by-token-of-host', text: `SELECT ${DOC_COLUMNS} FROM links WHERE token = $1 AND host_id = $2`, values: [token, hostId] });
  const row = rows[0];
  return row ? toStored<'links'>(row) : null;
}

/** A link found by its token, with the host it belongs to. */
export interface HostLink {
  hostId: string;
  link: StoredDoc<'links'>;
}

/** Links by their tokens, any host: the store's findLinkByToken, batched (batch-link-reads.ts). */
export async function queryLinksByTokens(db: Queryable, tokens: readonly string[]): Promise<Map<string, HostLink>> {
  const { rows } = await db.query<DocRow & { token: string }>({ name: 'links-by-tokens', text: `SELECT token, ${DOC_COLUMNS} FROM links WHERE token = ANY($1::text[])`, values: [tokens] });
  const found = new Map<string, HostLink>();
  for (const row of rows) found.set(row.token, { hostId: row.host_id, link: toStored<'links'>(row) });
  return found;
}

interface ClaimRow extends DocRow {
  et_id: string | null;
  et_seq: string | number | null;
  et_deleted: boolean | null;
  et_doc: Record<string, unknown> | null;
  claimed: boolean;
}

/**
 * WriteTx.claimLinkUse in one round trip. The SELECT sees the rows as they were before the
 * CTE's conditional UPDATE (PostgreSQL runs a statement on one snapshot); EXISTS on the CTE's
 * RETURNING tells whether this statement spent the use.
 */
export async function queryClaimLinkUse(db: Queryable, hostId: string, token: string, at: string | null): Promise<LinkClaim | null> {
  const { rows } = await db.query<ClaimRow>(
    `WITH claim AS (
       UPDATE links SET use_count = use_count + 1
       WHERE host_id = $1 AND token = $2 AND NOT deleted AND revoked_at IS NULL
         AND (expires_at IS NULL OR expires_at > $3::timestamptz) AND use_count < max_uses
       RETURNING id)
     SELECT l.host_id, l.id, l.seq, l.deleted, l.doc,
            e.id AS et_id, e.seq AS et_seq, e.deleted AS et_deleted, e.doc AS et_doc,
            EXISTS (SELECT 1 FROM claim) AS claimed
     FROM links l LEFT JOIN event_types e ON e.host_id = l.host_id AND e.id = l.event_type_id
     WHERE l.host_id = $1 AND l.token = $2`,
    [hostId, token, at],
  );
  const row = rows[0];
  if (!row) return null;
  const eventType = row.et_id === null || row.et_doc === null
    ? null
    : toStored<'event_types'>({ host_id: row.host_id, id: row.et_id, seq: row.et_seq ?? 0, deleted: row.et_deleted === true, doc: row.et_doc });
  return { link: toStored<'links'>(row), eventType, claimed: row.claimed };
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
    `SELECT id, start_at, end_at, blocked_start, blocked_end FROM bookings
     WHERE host_id = $1 AND status = 'confirmed' AND NOT deleted
       AND tstzrange(blocked_start, blocked_end) && tstzrange($2::timestamptz, $3::timestamptz)
     ORDER BY start_at, id`,
    [hostId, start, end],
  );
  return rows.map((row) => ({
    bookingId: row.id,
    start: row.start_at.toISOString(),
    end: row.end_at.toISOString(),
    blockedStart: row.blocked_start.toISOString(),
    blockedEnd: row.blocked_end.toISOString(),
  }));
}
