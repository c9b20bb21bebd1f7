// renderer: the status column's words: "Unused", "Booked by Ada Lovelace at Tue, Mar 3, 10:00",
// "Expired Mar 10, 2026", "Revoked".
import type { LinkDoc } from '../../../core/schemas/index.ts';
import { dayjs } from '../components/dayjs.ts';
import { formatDate, formatDateTime, usableZone } from '../components/format-dates.ts';
import type { LinkState, LinkStatus } from './derive-link-status.ts';

export const LINK_STATE_LABELS: Readonly<Record<LinkState, string>> = {
  unused: 'Unused',
  booked: 'Booked',
  expired: 'Expired',
  revoked: 'Revoked',
};

export function describeLinkStatus(link: LinkDoc, status: LinkStatus, timezone: string, now: Date = new Date()): string {
  switch (status.state) {
    case 'unused':
      return link.maxUses > 1 ? `Unused · ${link.maxUses} uses` : 'Unused';
    case 'revoked':
      return link.revokedAt ? `Revoked ${formatDate(link.revokedAt, timezone)}` : 'Revoked';
    case 'expired':
      return link.expiresAt ? `Expired ${describeExpiry(link.expiresAt, timezone, now)}` : 'Expired';
    case 'booked': {
      const { booking, usesLeft } = status;
      let text = 'Booked';
      if (booking) {
        const who = booking.inviteeName.trim() || booking.inviteeEmail || 'someone';
        text = `Booked by ${who} at ${formatDateTime(booking.start, timezone, now)}${booking.canceled ? ' (canceled)' : ''}`;
      } else if (link.lastBookedAt) {
        text = `Booked ${formatDate(link.lastBookedAt, timezone)}`;
      }
      return usesLeft > 0 ? `${text} · ${usesLeft} of ${link.maxUses} uses left` : text;
    }
  }
}

/** Links made here expire at a local midnight: "after Fri, Feb 20, 2026" says which day was the last. */
function describeExpiry(expiresAt: string, timezone: string, now: Date): string {
  const local = dayjs(expiresAt).tz(usableZone(timezone));
  if (local.hour() === 0 && local.minute() === 0) return `after ${formatDate(new Date(Date.parse(expiresAt) - 1).toISOString(), timezone)}`;
  return formatDateTime(expiresAt, timezone, now);
}
