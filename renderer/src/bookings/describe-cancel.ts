// renderer: the words around a host's cancel. The host's own time is what comes free (others
// can book it again); the invitee learns of it on their booking page, with the host's reason.
// No message is sent to the invitee yet (ARCHITECTURE.md, invariant 7: the outbox is not built),
// so nothing here promises one.
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { formatDateTime } from '../components/format-dates.ts';

function inviteeOf(booking: Pick<BookingDoc, 'invitee'>): string {
  return booking.invitee.name.trim() || booking.invitee.email.trim() || 'The invitee';
}

/** The dialog's sentence on what a cancel does. */
export function cancelConsequence(booking: Pick<BookingDoc, 'invitee'>): string {
  return `Your time becomes open for booking again. ${inviteeOf(booking)}'s booking page will show it canceled, with your reason.`;
}

/** The notice once the cancel is written. */
export function cancelDoneMessage(booking: Pick<BookingDoc, 'invitee' | 'start'>, timezone: string, now: Date = new Date()): { title: string; message: string } {
  return {
    title: 'Booking canceled',
    message: `Your time on ${formatDateTime(booking.start, timezone, now)} is open again. ${inviteeOf(booking)}'s booking page now shows it canceled.`,
  };
}
