-- Runs on the server (SQLite). Hosts and the three replicated collections.
-- Every document row: host_id, id, seq (the host's sequence at its last write), deleted, doc
-- (the JSON without _deleted), plus the columns queries and constraints need.
-- Times are ISO-8601 UTC text in one form (Date#toISOString), so text order is time order.

CREATE TABLE hosts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  slug TEXT NOT NULL UNIQUE,
  timezone TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  seq INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE event_types (
  host_id TEXT NOT NULL REFERENCES hosts (id),
  id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  deleted INTEGER NOT NULL,
  doc TEXT NOT NULL,
  slug TEXT NOT NULL,
  PRIMARY KEY (host_id, id)
);
CREATE UNIQUE INDEX event_types_by_seq ON event_types (host_id, seq, id);
CREATE UNIQUE INDEX event_types_live_slug ON event_types (host_id, slug) WHERE deleted = 0;

CREATE TABLE links (
  host_id TEXT NOT NULL REFERENCES hosts (id),
  id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  deleted INTEGER NOT NULL,
  doc TEXT NOT NULL,
  token TEXT NOT NULL UNIQUE,
  event_type_id TEXT NOT NULL,
  max_uses INTEGER NOT NULL,
  use_count INTEGER NOT NULL,
  expires_at TEXT,
  revoked_at TEXT,
  PRIMARY KEY (host_id, id)
);
CREATE UNIQUE INDEX links_by_seq ON links (host_id, seq, id);

CREATE TABLE bookings (
  host_id TEXT NOT NULL REFERENCES hosts (id),
  id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  deleted INTEGER NOT NULL,
  doc TEXT NOT NULL,
  event_type_id TEXT NOT NULL,
  link_id TEXT,
  status TEXT NOT NULL CHECK (status IN ('confirmed', 'canceled')),
  start_at TEXT NOT NULL,
  end_at TEXT NOT NULL,
  blocked_start TEXT NOT NULL,
  blocked_end TEXT NOT NULL,
  manage_token TEXT NOT NULL UNIQUE,
  PRIMARY KEY (host_id, id),
  CHECK (blocked_start < blocked_end)
);
CREATE UNIQUE INDEX bookings_by_seq ON bookings (host_id, seq, id);
CREATE INDEX bookings_busy ON bookings (host_id, blocked_start) WHERE status = 'confirmed' AND deleted = 0;
CREATE INDEX bookings_by_link ON bookings (host_id, link_id);
