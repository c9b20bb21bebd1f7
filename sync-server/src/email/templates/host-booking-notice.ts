// Runs on the server. To the host: someone booked (or moved a booking), in the host's zone.
import { html } from '../../pages/escape-html.ts';
import type { EmailPayload } from '../../outbox/outbox-payloads.ts';
import { factLines, factTable, frame, placeOf, whenIn, type RenderedEmail } from './email-parts.ts';

export function renderHostBookingNotice(p: EmailPayload): RenderedEmail {
  const { booking, host, previous } = p;
  const moved = previous !== null;
  const heading = moved ? `Moved: ${booking.invitee.name}, ${booking.eventName}` : `New booking: ${booking.invitee.name}, ${booking.eventName}`;
  const facts = [
    ['Invitee', `${booking.invitee.name} <${booking.invitee.email}>`],
    ['Event', booking.eventName],
    ['When', whenIn(booking.start, booking.end, host.timezone)],
    ...(moved ? [['Was', whenIn(previous.start, previous.end, host.timezone)] as const] : []),
    ['Invitee time zone', booking.invitee.timezone],
    ['Where', placeOf(booking.location)],
    ['Notes', booking.invitee.notes.trim()],
  ] as const;
  const text = [moved ? 'A booking has a new time.' : 'You have a new booking.', '', factLines(facts)].join('\n');
  const body = html`<p>${moved ? 'A booking has a new time.' : 'You have a new booking.'}</p>${factTable(facts)}`;
  return { subject: heading, text, html: frame(heading, body) };
}
