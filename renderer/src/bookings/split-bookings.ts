// renderer: the Bookings screen's two lists: upcoming (soonest first) and past (latest first).
// A meeting still running counts as upcoming until it ends.
import type { BookingDoc } from '../../../core/schemas/index.ts';

export interface SplitBookings {
  upcoming: BookingDoc[];
  past: BookingDoc[];
}

export function splitBookings(bookings: readonly BookingDoc[], now: Date | number): SplitBookings {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const upcoming: BookingDoc[] = [];
  const past: BookingDoc[] = [];
  for (const booking of bookings) (Date.parse(booking.end) > nowMs ? upcoming : past).push(booking);
  upcoming.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  past.sort((a, b) => b.start.localeCompare(a.start) || a.id.localeCompare(b.id));
  return { upcoming, past };
}

/** How many of the bookings still stand: "Upcoming (n)" counts meetings that will happen. */
export function countConfirmed(bookings: readonly Pick<BookingDoc, 'status'>[]): number {
  return bookings.filter((booking) => booking.status === 'confirmed').length;
}

/** What the "Link" column says: the link's contact or note, or that the standard link was used. */
export function describeBookingSource(linkId: string | null, linksById: ReadonlyMap<string, { contact: { name: string; email: string }; note: string }>): string {
  if (linkId === null) return 'Standard link';
  const link = linksById.get(linkId);
  if (!link) return 'Single-use link';
  const who = link.contact.name.trim() || link.contact.email.trim() || link.note.trim();
  return who ? `Single-use link · ${who}` : 'Single-use link';
}
