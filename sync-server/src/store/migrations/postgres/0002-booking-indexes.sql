-- Indexes for the write path of bookings (2026-11).
-- No query looks bookings up by link (a link's bookings are listed in its document's bookingIds),
-- and every booking insert paid for this index with one more index entry to write.
DROP INDEX IF EXISTS bookings_by_link;
