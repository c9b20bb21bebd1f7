// Runs on the server (PostgreSQL). Calendar feeds on PostgreSQL (store/feed-store.ts): the feed
// document's row, the fetch state beside it, and the busy rows of its last good fetch. Any number of
// processes run a fetcher on one database; the claim (a conditional UPDATE of next_fetch_at whose
// row count is checked) gives each due fetch to one of them.
import type pg from 'pg';
import type { CalendarFeedDoc, Replicated } from '../../../../core/schemas/index.ts';
import { splitDoc, toInstantColumn } from '../document-columns.ts';
import { FEED_BUSY_MAX_SPAN_MS, type FeedFetchSave, type FeedStore } from '../feed-store.ts';
import type { TimeRange } from '../store.ts';
import { sameIntervals } from '../same-intervals.ts';
import { translatePostgresError } from './postgres-errors.ts';
import type { Queryable } from './postgres-reads.ts';

/**
 * Upserts the document with its seq. The fetch state stays, except that a changed URL or switch
 * makes the feed due at once (the host expects to see its new calendar without waiting a period).
 */
export async function putCalendarFeed(client: Queryable, hostId: string, seq: number, doc: Replicated<CalendarFeedDoc>): Promise<void> {
  const { body, deleted } = splitDoc(doc);
  await client.query(
    `INSERT INTO calendar_feeds (host_id, id, seq, deleted, doc, url, enabled) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)
     ON CONFLICT (host_id, id) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted, doc = excluded.doc, url = excluded.url,
       enabled = excluded.enabled,
       next_fetch_at = CASE WHEN calendar_feeds.url <> excluded.url OR calendar_feeds.enabled <> excluded.enabled THEN NULL ELSE calendar_feeds.next_fetch_at END,
       failures = CASE WHEN calendar_feeds.url <> excluded.url THEN 0 ELSE calendar_feeds.failures END`,
    [hostId, doc.id, seq, deleted, JSON.stringify(body), doc.url, doc.enabled],
  );
}

/** WriteTx.saveFeedFetch: the fetch state, and the busy rows replaced (one DELETE, one INSERT of arrays) when there are new ones. */
export async function saveFeedFetch(client: Queryable, hostId: string, feedId: string, save: FeedFetchSave): Promise<void> {
  const { state } = save;
  await client.query(
    'UPDATE calendar_feeds SET etag = $3, last_modified = $4, fetched_url = $5, failures = $6, next_fetch_at = $7 WHERE host_id = $1 AND id = $2',
    [hostId, feedId, state.etag, state.lastModified, state.fetchedUrl, state.failures, toInstantColumn('nextFetchAt', state.nextFetchAt)],
  );
  if (save.busy === null) return;
  // Most refreshes find the calendar as it was: reading the rows costs the host's lock far less than rewriting them.
  const { rows } = await client.query<{ start_at: Date; end_at: Date }>('SELECT start_at, end_at FROM feed_busy WHERE host_id = $1 AND feed_id = $2 ORDER BY start_at, end_at', [hostId, feedId]);
  if (sameIntervals(rows.map((row) => ({ start: row.start_at.toISOString(), end: row.end_at.toISOString() })), save.busy)) return;
  await client.query('DELETE FROM feed_busy WHERE host_id = $1 AND feed_id = $2', [hostId, feedId]);
  if (save.busy.length === 0) return;
  await client.query(
    `INSERT INTO feed_busy (host_id, feed_id, start_at, end_at) SELECT $1, $2, b.s, b.e FROM unnest($3::timestamptz[], $4::timestamptz[]) AS b(s, e)`,
    [hostId, feedId, save.busy.map((b) => toInstantColumn('start', b.start)), save.busy.map((b) => toInstantColumn('end', b.end))],
  );
}

export async function queryFeedBusy(db: Queryable, hostId: string, range: TimeRange): Promise<TimeRange[]> {
  const start = toInstantColumn('start', range.start);
  const end = toInstantColumn('end', range.end);
  if (start === null || end === null || start >= end) return [];
  const earliest = new Date(Date.parse(start) - FEED_BUSY_MAX_SPAN_MS).toISOString();
  const { rows } = await db.query<{ start_at: Date; end_at: Date }>({
    name: 'feed-busy',
    text: `SELECT b.start_at, b.end_at FROM feed_busy b
      JOIN calendar_feeds f ON f.host_id = b.host_id AND f.id = b.feed_id AND f.enabled AND NOT f.deleted
      WHERE b.host_id = $1 AND b.start_at >= $2 AND b.start_at < $3 AND b.end_at > $4 ORDER BY b.start_at`,
    values: [hostId, earliest, end, start],
  });
  return rows.map((row) => ({ start: row.start_at.toISOString(), end: row.end_at.toISOString() }));
}

interface DueRow {
  host_id: string;
  timezone: string;
  id: string;
  seq: string | number;
  doc: CalendarFeedDoc;
  etag: string | null;
  last_modified: string | null;
  fetched_url: string | null;
  failures: number;
  next_fetch_at: Date | null;
}

export function createPostgresFeeds(pool: pg.Pool): FeedStore {
  const query = async <R extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<pg.QueryResult<R>> => {
    try {
      return await pool.query<R>(text, values);
    } catch (error) {
      throw translatePostgresError(error);
    }
  };
  return {
    async listDue(now, limit) {
      const { rows } = await query<DueRow>(
        `SELECT f.host_id, h.timezone, f.id, f.seq, f.doc, f.etag, f.last_modified, f.fetched_url, f.failures, f.next_fetch_at
         FROM calendar_feeds f JOIN hosts h ON h.id = f.host_id
         WHERE f.enabled AND NOT f.deleted AND (f.next_fetch_at IS NULL OR f.next_fetch_at <= $1)
         ORDER BY f.next_fetch_at NULLS FIRST LIMIT $2`,
        [now, limit],
      );
      return rows.map((row) => ({
        hostId: row.host_id,
        hostTimezone: row.timezone,
        feed: { doc: { ...row.doc, _deleted: false }, seq: Number(row.seq) },
        state: {
          etag: row.etag, lastModified: row.last_modified, fetchedUrl: row.fetched_url, failures: row.failures,
          nextFetchAt: row.next_fetch_at ? row.next_fetch_at.toISOString() : null,
        },
      }));
    },
    async claim(hostId, feedId, now, leaseUntil) {
      const { rowCount } = await query(
        `UPDATE calendar_feeds SET next_fetch_at = $3 WHERE host_id = $1 AND id = $2 AND enabled AND NOT deleted
           AND (next_fetch_at IS NULL OR next_fetch_at <= $4)`,
        [hostId, feedId, leaseUntil, now],
      );
      return rowCount === 1;
    },
    listBusy(hostId, range) {
      return queryFeedBusy(pool, hostId, range).catch((error: unknown) => Promise.reject(translatePostgresError(error)));
    },
  };
}
