-- A host's email address (second round): where the host's own notices of bookings, cancels and
-- reschedules go. '' when the host has given none; hosts made before this keep ''.
ALTER TABLE hosts ADD COLUMN email TEXT NOT NULL DEFAULT '';
