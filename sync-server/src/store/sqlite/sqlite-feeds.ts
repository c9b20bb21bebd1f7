// Runs on the server (SQLite). Calendar feeds on SQLite (store/feed-store.ts): the feed document's
// row, the fetch state beside it, and the busy rows of its last good fetch.
import type { CalendarFeedDoc, Replicated } from '../../../../core/schemas/index.ts';
import { splitDoc, toInstantColumn } from '../document-columns.ts';
import { FEED_BUSY_MAX_SPAN_MS, type FeedFetchSave, type FeedStore, type FeedToFetch } from '../feed-store.ts';
import type { TimeRange } from '../store.ts';
import { sameIntervals } from '../same-intervals.ts';
import type { SqliteDatabase } from './open-sqlite-database.ts';
import { prepareCached } from './prepare-cached.ts';
import { sqlite } from './sqlite-errors.ts';

/**
 * Upserts the document with its seq. The fetch state stays, except that a changed URL or switch
 * makes the feed due at once (the host expects to see its new calendar without waiting a period).
 */
export function putCalendarFeed(db: SqliteDatabase, hostId: string, seq: number, doc: Replicated<CalendarFeedDoc>): void {
  const { body, deleted } = splitDoc(doc);
  sqlite(() => prepareCached(db,
    `INSERT INTO calendar_feeds (host_id, id, seq, deleted, doc, url, enabled) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (host_id, id) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted, doc = excluded.doc, url = excluded.url,
       enabled = excluded.enabled,
       next_fetch_at = CASE WHEN calendar_feeds.url <> excluded.url OR calendar_feeds.enabled <> excluded.enabled THEN NULL ELSE calendar_feeds.next_fetch_at END,
       failures = CASE WHEN calendar_feeds.url <> excluded.url THEN 0 ELSE calendar_feeds.failures END`,
  ).run(hostId, doc.id, seq, deleted ? 1 : 0, JSON.stringify(body), doc.url, doc.enabled ? 1 : 0));
}

/** WriteTx.saveFeedFetch: the fetch state, and the busy rows replaced when there are new ones. */
export function saveFeedFetch(db: SqliteDatabase, hostId: string, feedId: string, save: FeedFetchSave): void {
  const { state } = save;
  sqlite(() => prepareCached(db,
    'UPDATE calendar_feeds SET etag = ?, last_modified = ?, fetched_url = ?, failures = ?, next_fetch_at = ? WHERE host_id = ? AND id = ?',
  ).run(state.etag, state.lastModified, state.fetchedUrl, state.failures, toInstantColumn('nextFetchAt', state.nextFetchAt), hostId, feedId));
  if (save.busy === null) return;
  // Most refreshes find the calendar as it was: reading the rows costs the host's writer far less than rewriting them.
  const stored = prepareCached(db, 'SELECT start_at AS start, end_at AS end FROM feed_busy WHERE host_id = ? AND feed_id = ? ORDER BY start_at, end_at')
    .all(hostId, feedId) as TimeRange[];
  if (sameIntervals(stored, save.busy)) return;
  sqlite(() => prepareCached(db, 'DELETE FROM feed_busy WHERE host_id = ? AND feed_id = ?').run(hostId, feedId));
  const insert = prepareCached(db, 'INSERT INTO feed_busy (host_id, feed_id, start_at, end_at) VALUES (?, ?, ?, ?)');
  for (const interval of save.busy) {
    sqlite(() => insert.run(hostId, feedId, toInstantColumn('start', interval.start), toInstantColumn('end', interval.end)));
  }
}

export function readFeedBusy(db: SqliteDatabase, hostId: string, range: TimeRange): TimeRange[] {
  const start = toInstantColumn('start', range.start);
  const end = toInstantColumn('end', range.end);
  if (start === null || end === null || start >= end) return [];
  const earliest = new Date(Date.parse(start) - FEED_BUSY_MAX_SPAN_MS).toISOString();
  // The host's live feeds as an IN list, not a join: this SQLite runs a two-table join several
  // times slower than the two lookups (every booking page and slots answer asks, feeds or none).
  const rows = prepareCached(db,
    `SELECT start_at AS start, end_at AS end FROM feed_busy
     WHERE host_id = ? AND start_at >= ? AND start_at < ? AND end_at > ?
       AND feed_id IN (SELECT id FROM calendar_feeds WHERE host_id = ? AND enabled = 1 AND deleted = 0)`,
  ).all(hostId, earliest, end, start, hostId) as TimeRange[];
  return rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}

interface DueRow {
  host_id: string;
  timezone: string;
  id: string;
  seq: number;
  doc: string;
  etag: string | null;
  last_modified: string | null;
  fetched_url: string | null;
  failures: number;
  next_fetch_at: string | null;
}

export function createSqliteFeeds(writer: SqliteDatabase, reader: SqliteDatabase, exclusive: <T>(work: () => Promise<T>) => Promise<T>): FeedStore {
  return {
    async listDue(now, limit) {
      const rows = prepareCached(reader,
        `SELECT f.host_id, h.timezone, f.id, f.seq, f.doc, f.etag, f.last_modified, f.fetched_url, f.failures, f.next_fetch_at
         FROM calendar_feeds f JOIN hosts h ON h.id = f.host_id
         WHERE f.enabled = 1 AND f.deleted = 0 AND (f.next_fetch_at IS NULL OR f.next_fetch_at <= ?)
         ORDER BY f.next_fetch_at IS NOT NULL, f.next_fetch_at LIMIT ?`,
      ).all(toInstantColumn('now', now), limit) as DueRow[];
      return rows.map((row): FeedToFetch => ({
        hostId: row.host_id,
        hostTimezone: row.timezone,
        feed: { doc: { ...(JSON.parse(row.doc) as CalendarFeedDoc), _deleted: false }, seq: row.seq },
        state: { etag: row.etag, lastModified: row.last_modified, fetchedUrl: row.fetched_url, failures: row.failures, nextFetchAt: row.next_fetch_at },
      }));
    },
    claim(hostId, feedId, now, leaseUntil) {
      return exclusive(async () => sqlite(() => prepareCached(writer,
        `UPDATE calendar_feeds SET next_fetch_at = ? WHERE host_id = ? AND id = ? AND enabled = 1 AND deleted = 0
           AND (next_fetch_at IS NULL OR next_fetch_at <= ?)`,
      ).run(toInstantColumn('leaseUntil', leaseUntil), hostId, feedId, toInstantColumn('now', now))).changes === 1);
    },
    async listBusy(hostId, range) {
      return readFeedBusy(reader, hostId, range);
    },
  };
}
