-- A link's version as its host last wrote it (2026-12). A redemption is drafted from the link as
-- read and booked only while the host has not edited it since (ARCHITECTURE.md, "Redemption"):
-- edit_seq moves with every write of the document by a push, not with the server's own
-- bookkeeping of uses, so concurrent bookings of a link with several uses do not invalidate
-- each other.
ALTER TABLE links ADD COLUMN edit_seq BIGINT NOT NULL DEFAULT 0;
UPDATE links SET edit_seq = seq;
