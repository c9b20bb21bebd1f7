// renderer: "someone booked" and "someone canceled": which changes to bookings deserve a
// notification, and its words. Bookings that arrive with the first pull after sign-in are history,
// not news; a cancel is news when this device saw the booking confirmed before and the invitee
// (not the host, who did it themselves) canceled it.
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

export function isInviteeCancelNews(previous: Pick<BookingDoc, 'status'> | undefined, current: Pick<BookingDoc, 'status' | 'canceledBy'>): boolean {
  return previous?.status === 'confirmed' && current.status === 'canceled' && current.canceledBy === 'invitee';
}

export function inviteeCancelNotification(booking: BookingDoc, timezone: string, now: Date = new Date()): NotificationRequest {
  const who = booking.invitee.name.trim() || booking.invitee.email || 'The invitee';
  const reason = booking.cancelReason.trim();
  return {
    title: `Booking canceled: ${booking.eventName}`,
    body: `${who} canceled ${formatDateTime(booking.start, timezone, now)}; the time is open again.${reason ? ` Reason: ${reason}` : ''}`,
  };
}
