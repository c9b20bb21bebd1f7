// renderer: what the booking detail view shows, derived from the document alone: the meeting in
// the host's zone and in the invitee's, where it happens, where it came from, and how it ended.
// Everything the invitee typed stays a plain string here; the view renders it as text.
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { dayjs } from '../components/dayjs.ts';
import { usableZone } from '../components/format-dates.ts';
import { LOCATION_KIND_LABELS } from '../components/location-labels.ts';

export interface BookingDetails {
  title: string;
  inviteeName: string;
  inviteeEmail: string;
  /** "Tue, Mar 3, 2026, 10:00 – 10:30" in the host's zone. */
  whenForHost: string;
  inviteeZone: string;
  /** The same meeting on the invitee's clock, or null when their zone is the host's. */
  whenForInvitee: string | null;
  notes: string;
  locationKind: string;
  locationDetails: string;
  source: string;
  status: 'Confirmed' | 'Canceled';
  /** "Canceled by the invitee on …", null while confirmed. */
  cancelSummary: string | null;
  cancelReason: string;
}

function range(booking: Pick<BookingDoc, 'start' | 'end'>, zone: string): string {
  const start = dayjs(booking.start).tz(zone);
  const end = dayjs(booking.end).tz(zone);
  const sameDay = start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD');
  return `${start.format('ddd, MMM D, YYYY, HH:mm')} – ${end.format(sameDay ? 'HH:mm' : 'ddd, MMM D, HH:mm')}`;
}

function whoCanceled(canceledBy: BookingDoc['canceledBy']): string {
  if (canceledBy === 'invitee') return 'the invitee';
  if (canceledBy === 'host') return 'you';
  return 'someone';
}

export function bookingDetails(booking: BookingDoc, hostZone: string, source: string): BookingDetails {
  const host = usableZone(hostZone);
  const rawInviteeZone = booking.invitee.timezone.trim();
  const inviteeZone = usableZone(rawInviteeZone);
  const canceled = booking.status === 'canceled';
  const moved = canceled && typeof booking.rescheduledToId === 'string';
  const canceledAt = booking.canceledAt ? ` on ${dayjs(booking.canceledAt).tz(host).format('ddd, MMM D, YYYY, HH:mm')}` : '';
  return {
    title: `${booking.eventName} with ${booking.invitee.name.trim() || booking.invitee.email}`,
    inviteeName: booking.invitee.name,
    inviteeEmail: booking.invitee.email,
    whenForHost: range(booking, host),
    inviteeZone: rawInviteeZone || 'Not given',
    whenForInvitee: rawInviteeZone && inviteeZone !== host ? range(booking, inviteeZone) : null,
    notes: booking.invitee.notes,
    locationKind: LOCATION_KIND_LABELS[booking.location.kind],
    locationDetails: booking.location.kind === 'none' ? '' : booking.location.details.trim(),
    source,
    status: canceled ? 'Canceled' : 'Confirmed',
    // A reschedule retires the old booking as canceled with this reason: it moved, nobody called it off.
    cancelSummary: canceled ? `${moved ? 'Moved to another time' : 'Canceled'} by ${whoCanceled(booking.canceledBy)}${canceledAt}` : null,
    cancelReason: canceled && !moved ? booking.cancelReason : '',
  };
}
