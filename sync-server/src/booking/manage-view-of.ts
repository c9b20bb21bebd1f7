// Runs on the server. The invitee's management page data from a stored booking.
import type { BookingDoc } from '../../../core/schemas/index.ts';
import type { ManagePageView } from '../pages/index.ts';

export function manageViewOf(manageToken: string, hostName: string, booking: BookingDoc, now: Date, extra: Partial<ManagePageView> = {}): ManagePageView {
  return {
    manageToken,
    hostName,
    booking: {
      eventName: booking.eventName,
      start: booking.start,
      end: booking.end,
      location: booking.location,
      status: booking.status,
      canceledBy: booking.canceledBy,
      cancelReason: booking.cancelReason,
      invitee: booking.invitee,
    },
    // A meeting that has begun can no longer be canceled from here.
    canCancel: booking.status === 'confirmed' && Date.parse(booking.start) > now.getTime(),
    ...extra,
  };
}
