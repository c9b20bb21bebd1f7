// Runs on the server. "Add to calendar": one booking as an iCalendar file (ical-generator escapes
// and folds every text value). A canceled booking comes out as a CANCELLED event with a higher
// SEQUENCE, so a calendar that imported it before updates instead of keeping the old one.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { BookingDoc } from '../../../core/schemas/index.ts';

export interface IcsParts {
  booking: BookingDoc;
  hostName: string;
  manageUrl: string;
}

export function buildBookingIcs({ booking, hostName, manageUrl }: IcsParts): string {
  const canceled = booking.status === 'canceled';
  const calendar = ical({ name: booking.eventName, prodId: { company: '1x', product: 'booking', language: 'EN' }, method: ICalCalendarMethod.PUBLISH });
  const host = hostName.trim();
  calendar.createEvent({
    id: `${booking.id}@1x`,
    sequence: canceled ? 1 : 0,
    start: new Date(booking.start),
    end: new Date(booking.end),
    stamp: new Date(booking.updatedAt),
    summary: host ? `${booking.eventName} with ${host}` : booking.eventName,
    location: booking.location.details.trim() || null,
    description: [booking.invitee.notes.trim(), `View or cancel: ${manageUrl}`].filter(Boolean).join('\n\n'),
    url: manageUrl,
    status: canceled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
