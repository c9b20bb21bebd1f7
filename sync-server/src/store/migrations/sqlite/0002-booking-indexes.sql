-- Indexes for the write path of bookings (2026-11).
-- No query looks bookings up by link (a link's bookings are listed in its document's bookingIds),
-- and every booking insert paid for this index with one more random page written at commit.
DROP INDEX IF EXISTS bookings_by_link;
-- The overlap check before every confirmed booking (invariant 2) scans the host's confirmed
-- bookings that start up to 72 hours before the new range ends; with blocked_end in the index it
-- reads only the index, not every such booking's row.
CREATE INDEX bookings_busy_ranges ON bookings (host_id, blocked_start, blocked_end) WHERE status = 'confirmed' AND deleted = 0;
DROP INDEX IF EXISTS bookings_busy;
