// renderer: "Share by email": a mailto: URL (RFC 6068) with the invitee as recipient and the
// subject and body ready, for the host's own mail program.
import { formatDate } from '../components/format-dates.ts';
import { formatMinutes } from '../components/format-minutes.ts';

export interface ShareMailInput {
  /** The link's URL. */
  url: string;
  /** The meeting's name for this link (its override, else the event type's). */
  eventName: string;
  durationMinutes: number;
  /** The contact's email; empty leaves the recipient for the host to fill in. */
  to: string;
  contactName: string;
  /** Signs the mail; empty leaves no signature. */
  hostName: string;
  maxUses: number;
  expiresAt: string | null;
  /** The host's zone, for the expiry date. */
  timezone: string;
}

/** Percent-encodes for mailto: spaces as %20 (not '+', which mail programs keep literally) and CRLF line breaks. */
function encodeMailtoText(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
}

function encodeAddress(address: string): string {
  // '@' may stay readable; everything that could end the address part ('?', '&', '%', ',') may not.
  return encodeURIComponent(address.trim()).replace(/%40/g, '@');
}

export function buildShareMailSubject(input: Pick<ShareMailInput, 'eventName'>): string {
  return `Book a time: ${input.eventName}`;
}

export function buildShareMailBody(input: ShareMailInput): string {
  const firstName = input.contactName.trim().split(/\s+/)[0] ?? '';
  const lines = [
    firstName ? `Hi ${firstName},` : 'Hi,',
    '',
    `Please pick a time for "${input.eventName}" (${formatMinutes(input.durationMinutes)}) that suits you:`,
    input.url,
    '',
    input.maxUses === 1 ? 'The link is for you alone and works for one booking.' : `The link works for ${input.maxUses} bookings.`,
  ];
  if (input.expiresAt) lines.push(`It can be used until ${formatDate(new Date(Date.parse(input.expiresAt) - 1).toISOString(), input.timezone)}.`);
  lines.push('', 'Best regards,');
  if (input.hostName.trim()) lines.push(input.hostName.trim());
  return lines.join('\n');
}

export function buildShareMailto(input: ShareMailInput): string {
  const subject = encodeMailtoText(buildShareMailSubject(input));
  const body = encodeMailtoText(buildShareMailBody(input));
  return `mailto:${encodeAddress(input.to)}?subject=${subject}&body=${body}`;
}
