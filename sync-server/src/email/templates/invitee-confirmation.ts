// Runs on the server. To the invitee: the booking is confirmed (or moved), with the time in their
// zone, the place, the host and the manage link; the .ics invite (REQUEST) goes with it.
import { html } from '../../pages/escape-html.ts';
import type { EmailPayload } from '../../outbox/outbox-payloads.ts';
import { factLines, factTable, frame, placeOf, whenIn, type RenderedEmail } from './email-parts.ts';

export function renderInviteeConfirmation(p: EmailPayload): RenderedEmail {
  const { booking, host, previous } = p;
  const zone = booking.invitee.timezone;
  const moved = previous !== null;
  const heading = moved ? `Your ${booking.eventName} with ${host.name} has moved` : `You are booked: ${booking.eventName} with ${host.name}`;
  const facts = [
    ['Event', booking.eventName],
    ['When', whenIn(booking.start, booking.end, zone)],
    ...(moved ? [['Was', whenIn(previous.start, previous.end, zone)] as const] : []),
    ['Where', placeOf(booking.location)],
    ['Host', host.name],
  ] as const;
  const manage = p.manageUrl;
  const text = [
    `Hi ${booking.invitee.name},`, '',
    moved ? 'Your booking has a new time.' : 'Your booking is confirmed.', '',
    factLines(facts), '',
    ...(manage ? [`View, reschedule or cancel: ${manage}`, ''] : []),
    'The attached invite adds it to your calendar.',
  ].join('\n');
  const body = html`<p>Hi ${booking.invitee.name},</p><p>${moved ? 'Your booking has a new time.' : 'Your booking is confirmed.'}</p>${factTable(facts)}${manage ? html`<p><a href="${manage}">View, reschedule or cancel</a></p>` : ''}<p>The attached invite adds it to your calendar.</p>`;
  return { subject: heading, text, html: frame(heading, body) };
}
