// Runs on the server. To the host: a booking was canceled; its time is open again.
import { html } from '../../pages/escape-html.ts';
import type { EmailPayload } from '../../outbox/outbox-payloads.ts';
import { factLines, factTable, frame, whenIn, type RenderedEmail } from './email-parts.ts';

export function renderHostCancellationNotice(p: EmailPayload): RenderedEmail {
  const { booking, host } = p;
  const heading = `Canceled: ${booking.invitee.name}, ${booking.eventName}`;
  const by = booking.canceledBy === 'host' ? 'You canceled this booking.' : `${booking.invitee.name} canceled this booking.`;
  const facts = [
    ['Invitee', `${booking.invitee.name} <${booking.invitee.email}>`],
    ['Event', booking.eventName],
    ['When', whenIn(booking.start, booking.end, host.timezone)],
    ['Reason', booking.cancelReason.trim()],
  ] as const;
  const text = [by, 'The time is open again.', '', factLines(facts)].join('\n');
  const body = html`<p>${by} The time is open again.</p>${factTable(facts)}`;
  return { subject: heading, text, html: frame(heading, body) };
}
