// Runs on the server. "Add to calendar": one booking as an iCalendar file. A canceled booking
// comes out as a CANCELLED event with a higher SEQUENCE, so a calendar that imported it before
// updates instead of keeping the old one. Every text value comes from hosts or invitees: none may
// start a property of its own. ical-generator escapes the event's text and folds every line at 75
// octets, but writes the calendar's name (NAME, X-WR-CALNAME) as given, so that one is escaped
// here; control characters, which RFC 5545 allows in no text value, are dropped from all of them.
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { BookingDoc } from '../../../core/schemas/index.ts';

/** C0 controls but tab, CR and LF (line breaks are escaped as `\n`), and DEL. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Text as an iCalendar value may hold it, before escaping. */
export function icsPlainText(value: string): string {
  return value.replace(CONTROL_CHARACTERS, '');
}

/** RFC 5545 TEXT escaping (3.3.11), for values ical-generator writes as they are. */
export function escapeIcsText(value: string): string {
  return icsPlainText(value).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * An emailed invite (sync-server/src/email/): METHOD REQUEST or CANCEL with the booking chain's
 * UID and SEQUENCE (outbox/ics-identity.ts), and the organizer and attendee a calendar needs to
 * treat it as an invitation.
 */
export interface IcsInvite {
  method: 'REQUEST' | 'CANCEL';
  uid: string;
  sequence: number;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

export interface IcsParts {
  booking: Pick<BookingDoc, 'id' | 'status' | 'eventName' | 'start' | 'end' | 'updatedAt' | 'location' | 'invitee'>;
  hostName: string;
  /** null when the server no longer knows it (the token is stored hashed). */
  manageUrl: string | null;
  /** Absent: a downloadable file (METHOD:PUBLISH). */
  invite?: IcsInvite;
}

export function buildBookingIcs({ booking, hostName, manageUrl, invite }: IcsParts): string {
  const canceled = booking.status === 'canceled' || invite?.method === 'CANCEL';
  const method = invite ? (invite.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST) : ICalCalendarMethod.PUBLISH;
  const calendar = ical({ name: escapeIcsText(booking.eventName), prodId: { company: '1x', product: 'booking', language: 'EN' }, method });
  const host = icsPlainText(hostName).trim();
  const eventName = icsPlainText(booking.eventName);
  calendar.createEvent({
    id: invite?.uid ?? `${booking.id}@1x`,
    sequence: invite?.sequence ?? (canceled ? 1 : 0),
    start: new Date(booking.start),
    end: new Date(booking.end),
    stamp: new Date(booking.updatedAt),
    summary: host ? `${eventName} with ${host}` : eventName,
    location: icsPlainText(booking.location.details).trim() || null,
    description: [icsPlainText(booking.invitee.notes).trim(), manageUrl ? `View or cancel: ${manageUrl}` : ''].filter(Boolean).join('\n\n'),
    url: manageUrl,
    status: canceled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    ...(invite ? {
      organizer: { name: icsPlainText(invite.organizer.name).trim() || '1x', email: invite.organizer.email },
      attendees: [{ name: icsPlainText(invite.attendee.name).trim(), email: invite.attendee.email }],
    } : {}),
  });
  return calendar.toString();
}
