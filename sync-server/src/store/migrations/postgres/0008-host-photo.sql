-- A host's profile photo, shown on the booking page in place of the initial. The bytes live in
-- their own table (host reads never load them); `hosts.photo_hash` is the photo's version,
-- read with the host, so the page (and its cache) knows which photo to show. NULL = none.
ALTER TABLE hosts ADD COLUMN photo_hash TEXT;
CREATE TABLE host_photos (
  host_id TEXT PRIMARY KEY REFERENCES hosts(id) ON DELETE CASCADE,
  content_type TEXT NOT NULL,
  bytes BYTEA NOT NULL,
  hash TEXT NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);
