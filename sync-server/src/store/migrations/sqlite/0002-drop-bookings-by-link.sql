-- No query looks bookings up by link (a link's bookings are listed in its document's bookingIds),
-- and every booking insert paid for this index with one more random page written at commit.
DROP INDEX IF EXISTS bookings_by_link;
