-- Runs on the server (PostgreSQL). Meeting limits, the reminder and the reschedule chain (second round).
-- The new document fields are optional in core's schemas, so a document stored before validates
-- as it is; they are filled with null here anyway so that every stored document has the shape the
-- desktop's RxDB migration gives its own copy (no spurious difference over replication).
-- The defaults go on the left of ||, so a field that is there already keeps its value.
UPDATE event_types SET doc = '{"maxBookingsPerDay": null, "maxBookingsPerWeek": null, "reminderMinutes": null}'::jsonb || doc;
UPDATE bookings SET doc = '{"rescheduledFromId": null, "rescheduledToId": null}'::jsonb || doc;
