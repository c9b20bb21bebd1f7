-- Runs on the server (PostgreSQL). Calendar feeds (second round): the host's other calendars, whose
-- busy times block slots. calendar_feeds is the fourth replicated collection (same row shape as
-- the other three) plus server-only columns about fetching it: the validators of the last answer
-- (conditional GET), the URL they belong to, consecutive failures (backoff) and when to fetch next
-- (NULL = as soon as possible: a new feed, or one whose URL or switch the host changed; a process
-- that claims a fetch moves it forward, so two processes do not fetch one feed at once).
CREATE TABLE calendar_feeds (
  host_id TEXT NOT NULL REFERENCES hosts (id),
  id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  deleted BOOLEAN NOT NULL,
  doc JSONB NOT NULL,
  url TEXT NOT NULL,
  enabled BOOLEAN NOT NULL,
  etag TEXT,
  last_modified TEXT,
  fetched_url TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  next_fetch_at TIMESTAMPTZ,
  PRIMARY KEY (host_id, id)
);
CREATE UNIQUE INDEX calendar_feeds_by_seq ON calendar_feeds (host_id, seq, id);
CREATE INDEX calendar_feeds_due ON calendar_feeds (next_fetch_at) WHERE enabled AND NOT deleted;

-- The busy intervals of each feed's last good fetch, replaced per feed in one transaction. Server
-- only, never replicated. No interval is longer than the span the feed fetcher cuts them to
-- (FEED_BUSY_MAX_SPAN_MS), so a range query is bounded on both sides of the index.
CREATE TABLE feed_busy (
  host_id TEXT NOT NULL,
  feed_id TEXT NOT NULL,
  start_at TIMESTAMPTZ NOT NULL,
  end_at TIMESTAMPTZ NOT NULL,
  CHECK (start_at < end_at)
);
CREATE INDEX feed_busy_by_start ON feed_busy (host_id, start_at, end_at);
CREATE INDEX feed_busy_by_feed ON feed_busy (host_id, feed_id);
