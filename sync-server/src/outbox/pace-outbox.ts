// Runs on the server. How long the outbox worker waits before its next claim. Sending is work in
// the server's own process (rendering, MIME, TLS, SMTP); while the process is busy (a burst
// of bookings) that work would come out of the bookings' share, so the worker then slows to a
// trickle and the backlog, durable in the table, drains once the burst has passed.

/** Between batches when the process has room: one claim takes the messages of many commits. */
export const OUTBOX_GAP_MS = 100;
/** Between batches while the process is busy. */
export const OUTBOX_BUSY_GAP_MS = 1000;
/**
 * Event-loop utilization (0..1) since the last batch above which the process counts as busy. Not
 * near 1: on PostgreSQL a burst of bookings keeps the event loop only part-busy (it waits on the
 * database), while the database on the same machine needs the CPU the emails would take; a
 * host's everyday volume stays far below a half.
 */
export const OUTBOX_BUSY_UTILIZATION = 0.5;

export function outboxGapMs(utilization: number): number {
  return utilization > OUTBOX_BUSY_UTILIZATION ? OUTBOX_BUSY_GAP_MS : OUTBOX_GAP_MS;
}
