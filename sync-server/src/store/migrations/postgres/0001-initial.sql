-- Runs on the server (PostgreSQL). Hosts and the three replicated collections.
-- Every document row: host_id, id, seq (the host's sequence at its last write), deleted, doc
-- (the JSON without _deleted), plus the columns queries and constraints need.

-- btree_gist lets one exclusion constraint combine equality (host) with range overlap.
-- It is a trusted extension: a database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE hosts (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  slug TEXT NOT NULL UNIQUE,
  timezone TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  -- The host's sequence counter; write transactions lock this row until commit, which is what
  -- makes sequence order equal commit order.
  seq BIGINT NOT NULL DEFAULT 0,
  created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE event_types (
  host_id TEXT NOT NULL REFERENCES hosts (id),
  id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  deleted BOOLEAN NOT NULL,
  doc JSONB NOT NULL,
  slug TEXT NOT NULL,
  PRIMARY KEY (host_id, id)
);
CREATE UNIQUE INDEX event_types_by_seq ON event_types (host_id, seq, id);
CREATE UNIQUE INDEX event_types_live_slug ON event_types (host_id, slug) WHERE NOT deleted;

CREATE TABLE links (
  host_id TEXT NOT NULL REFERENCES hosts (id),
  id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  deleted BOOLEAN NOT NULL,
  doc JSONB NOT NULL,
  token TEXT NOT NULL UNIQUE,
  event_type_id TEXT NOT NULL,
  max_uses INTEGER NOT NULL,
  use_count INTEGER NOT NULL,
  expires_at TIMESTAMPTZ,
  revoked_at TIMESTAMPTZ,
  PRIMARY KEY (host_id, id)
);
CREATE UNIQUE INDEX links_by_seq ON links (host_id, seq, id);

CREATE TABLE bookings (
  host_id TEXT NOT NULL REFERENCES hosts (id),
  id TEXT NOT NULL,
  seq BIGINT NOT NULL,
  deleted BOOLEAN NOT NULL,
  doc JSONB NOT NULL,
  event_type_id TEXT NOT NULL,
  link_id TEXT,
  status TEXT NOT NULL CHECK (status IN ('confirmed', 'canceled')),
  start_at TIMESTAMPTZ NOT NULL,
  end_at TIMESTAMPTZ NOT NULL,
  blocked_start TIMESTAMPTZ NOT NULL,
  blocked_end TIMESTAMPTZ NOT NULL,
  manage_token TEXT NOT NULL UNIQUE,
  PRIMARY KEY (host_id, id),
  CHECK (blocked_start < blocked_end),
  -- Invariant 2, even across server processes: confirmed bookings of one host never overlap.
  CONSTRAINT bookings_no_overlap EXCLUDE USING gist (
    host_id WITH =,
    tstzrange(blocked_start, blocked_end) WITH &&
  ) WHERE (status = 'confirmed' AND NOT deleted)
);
CREATE UNIQUE INDEX bookings_by_seq ON bookings (host_id, seq, id);
CREATE INDEX bookings_by_link ON bookings (host_id, link_id);
