// Runs on the server. To the invitee, before the meeting (the event type's reminder setting).
import { html } from '../../pages/escape-html.ts';
import type { EmailPayload } from '../../outbox/outbox-payloads.ts';
import { factLines, factTable, frame, placeOf, whenIn, type RenderedEmail } from './email-parts.ts';

export function renderReminder(p: EmailPayload): RenderedEmail {
  const { booking, host } = p;
  const heading = `Reminder: ${booking.eventName} with ${host.name}`;
  const facts = [
    ['When', whenIn(booking.start, booking.end, booking.invitee.timezone)],
    ['Where', placeOf(booking.location)],
    ['Host', host.name],
  ] as const;
  const manage = p.manageUrl;
  const text = [`Hi ${booking.invitee.name},`, '', 'A reminder of your booking:', '', factLines(facts), ...(manage ? ['', `View, reschedule or cancel: ${manage}`] : [])].join('\n');
  const body = html`<p>Hi ${booking.invitee.name},</p><p>A reminder of your booking:</p>${factTable(facts)}${manage ? html`<p><a href="${manage}">View, reschedule or cancel</a></p>` : ''}`;
  return { subject: heading, text, html: frame(heading, body) };
}
