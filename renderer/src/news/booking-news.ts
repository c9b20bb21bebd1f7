// renderer: "someone booked": which new bookings deserve a notification, and its words.
// Bookings that arrive with the first pull after sign-in are history, not news.
import type { BookingDoc } from '../../../core/schemas/index.ts';
import type { NotificationRequest } from '../../../electron/contract/desktop-api.ts';
import { formatDateTime } from '../components/format-dates.ts';

/** How far before the session opened a booking may have been made and still count as news. */
export const NEWS_GRACE_MS = 60_000;

export function isBookingNews(booking: Pick<BookingDoc, 'createdAt' | 'status'>, sessionOpenedAt: number): boolean {
  return booking.status === 'confirmed' && Date.parse(booking.createdAt) >= sessionOpenedAt - NEWS_GRACE_MS;
}

export function bookingNotification(booking: BookingDoc, timezone: string, now: Date = new Date()): NotificationRequest {
  const who = booking.invitee.name.trim() || booking.invitee.email || 'Someone';
  return {
    title: `New booking: ${booking.eventName}`,
    body: `${who} booked ${formatDateTime(booking.start, timezone, now)}.`,
  };
}
