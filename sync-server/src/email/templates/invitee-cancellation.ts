// Runs on the server. To the invitee: the booking is canceled (by them or the host); the .ics
// CANCEL with the booking's UID removes it from their calendar.
import { html } from '../../pages/escape-html.ts';
import type { EmailPayload } from '../../outbox/outbox-payloads.ts';
import { factLines, factTable, frame, placeOf, whenIn, type RenderedEmail } from './email-parts.ts';

export function renderInviteeCancellation(p: EmailPayload): RenderedEmail {
  const { booking, host } = p;
  const heading = `Canceled: ${booking.eventName} with ${host.name}`;
  const by = booking.canceledBy === 'host' ? `${host.name} canceled this booking.` : 'You canceled this booking.';
  const facts = [
    ['Event', booking.eventName],
    ['When', whenIn(booking.start, booking.end, booking.invitee.timezone)],
    ['Where', placeOf(booking.location)],
    ['Reason', booking.cancelReason.trim()],
  ] as const;
  const text = [`Hi ${booking.invitee.name},`, '', by, '', factLines(facts), '', 'The attached update removes it from your calendar.'].join('\n');
  const body = html`<p>Hi ${booking.invitee.name},</p><p>${by}</p>${factTable(facts)}<p>The attached update removes it from your calendar.</p>`;
  return { subject: heading, text, html: frame(heading, body) };
}
