// Runs on the server. Until when a cached page or slots answer may be served, given only the
// passing of time (commits drop answers separately, see public-view-cache.ts). Time changes an
// answer in three ways, each bounded here:
// - the link expires at `expiresAt`: from then on it is a 410, never a page;
// - a listed slot falls inside the minimum notice (`start < now + notice` is refused): the answer
//   ends when its earliest slot does, so it never lists a slot a booking would be refused for;
// - the horizon moves on and adds slots at its far end (and a missed commit notice, e.g. while the
//   PostgreSQL listener reconnects): only the cache's short lifetime bounds these, so it is short.
import type { BookingTarget } from './booking-target.ts';

const MINUTE_MS = 60_000;

type Days = readonly { slots: readonly { start: string }[] }[];

/** Epoch ms from which the answer must not be served; `now` in epoch ms. */
export function answerLifetimeEnd(target: BookingTarget, days: Days, now: number, lifetimeMs: number): number {
  let until = now + lifetimeMs;
  const expiresAt = target.link?.expiresAt;
  if (expiresAt) until = Math.min(until, Date.parse(expiresAt));
  const noticeMs = target.rules.minNoticeMinutes * MINUTE_MS;
  // Days come in date order and each day's slots in start order; the first of each day is enough.
  for (const day of days) {
    const first = day.slots[0];
    // Refused from the first ms at which start < now + notice, i.e. now > start - notice.
    if (first) until = Math.min(until, Date.parse(first.start) - noticeMs + 1);
  }
  return until;
}
