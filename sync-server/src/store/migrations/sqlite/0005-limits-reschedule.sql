-- Runs on the server (SQLite). Meeting limits, the reminder and the reschedule chain (second round).
-- The new document fields are optional in core's schemas, so a document stored before validates
-- as it is; they are filled with null here anyway so that every stored document has the shape the
-- desktop's RxDB migration gives its own copy (no spurious difference over replication).
-- json_insert never overwrites a field that is there already.
UPDATE event_types SET doc = json_insert(doc, '$.maxBookingsPerDay', NULL, '$.maxBookingsPerWeek', NULL, '$.reminderMinutes', NULL);
UPDATE bookings SET doc = json_insert(doc, '$.rescheduledFromId', NULL, '$.rescheduledToId', NULL);
