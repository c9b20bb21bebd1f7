// Runs on the server. The calendar feeds' side of the store (ARCHITECTURE.md, "Calendar feeds"):
// which feeds are due, the claim that keeps two processes from fetching one feed at once, and the
// busy intervals of each feed's last good fetch, which slots and bookings read. Written by
// WriteTx.saveFeedFetch in the same transaction as the feed document's server-owned fields.
// SQLite and PostgreSQL implement it (store/sqlite/sqlite-feeds.ts, store/postgres/postgres-feeds.ts).
import type { CalendarFeedDoc, Replicated } from '../../../core/schemas/index.ts';

/** A half-open range of ISO-8601 UTC instants (store.ts's TimeRange; not imported, store.ts imports this file). */
export interface TimeRange {
  start: string;
  end: string;
}

/** Busy rows are cut to at most this long, so a range query is bounded on both sides of the index. */
export const FEED_BUSY_MAX_SPAN_MS = 7 * 24 * 60 * 60 * 1000;

/** What the server keeps about fetching a feed (never replicated). */
export interface FeedFetchState {
  /** The validators of the last 200 answer, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  /** The URL those validators (and the stored busy rows) came from; another URL fetches afresh. */
  fetchedUrl: string | null;
  /** Consecutive failed fetches (the backoff grows with them). */
  failures: number;
  /** ISO-8601 UTC; null = as soon as possible. */
  nextFetchAt: string | null;
}

export interface FeedToFetch {
  hostId: string;
  /** The host's zone: all-day and floating events are days and clock times of it. */
  hostTimezone: string;
  feed: { doc: Replicated<CalendarFeedDoc>; seq: number };
  state: FeedFetchState;
}

/** A fetch's outcome, written with the feed document in one transaction. */
export interface FeedFetchSave {
  /** The busy intervals replacing the feed's (ISO-8601 UTC, each at most FEED_BUSY_MAX_SPAN_MS); null keeps the stored ones (304, or a failure). */
  busy: TimeRange[] | null;
  state: FeedFetchState;
}

export interface FeedStore {
  /** Enabled, live feeds of every host due at `now` (next fetch null or not later), soonest first. */
  listDue(now: string, limit: number): Promise<FeedToFetch[]>;
  /** Moves the feed's next fetch to `leaseUntil` if it is still due at `now`: true for the one caller that wins it. */
  claim(hostId: string, feedId: string, now: string, leaseUntil: string): Promise<boolean>;
  /** Busy intervals of the host's enabled, live feeds that overlap `range`, by start. */
  listBusy(hostId: string, range: TimeRange): Promise<TimeRange[]>;
}

