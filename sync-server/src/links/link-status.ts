// Runs on the server. What `GET /api/links?status=` means, from core's link rule
// (core/links/link-availability.ts), so the list agrees with what the booking page would answer.
// Pure. Every non-deleted link has exactly one status, in the rule's order:
// - revoked: revokedAt is set (whatever else is true of it);
// - expired: not revoked, and its expiry has passed;
// - used: neither, and booked at least once: a used-up link, and also a partly used multi-use
//   link that still has uses left (it has been booked; the desktop calls both "booked");
// - unused: live and never booked (useCount 0).
// Deleted links have none: the list never shows them.
import { linkAvailabilityAt, type LinkLiveness } from '../../../core/links/index.ts';

export const LINK_STATUSES = ['unused', 'used', 'revoked', 'expired'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export function linkStatusAt(link: LinkLiveness, now: number): LinkStatus | null {
  const availability = linkAvailabilityAt(link, now);
  if (availability === 'deleted') return null;
  if (availability === 'revoked' || availability === 'expired' || availability === 'used') return availability;
  return link.useCount > 0 ? 'used' : 'unused';
}
