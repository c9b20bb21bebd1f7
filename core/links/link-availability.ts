// Runs anywhere (shared). The one rule of whether a link can still be booked (ARCHITECTURE.md,
// "A link is live"). The server applies it to pages, slots and redemptions; the store's
// check-and-set states the same rule in SQL per dialect (sync-server/src/store/link-is-live-sql.ts),
// and a test holds each dialect's SQL to this function.
import type { LinkDoc } from '../schemas/index.ts';

/** Why a link cannot be booked, in the order the rule asks; 'live' when it can. */
export type LinkAvailability = 'live' | 'deleted' | 'revoked' | 'expired' | 'used';

/** What the rule reads of a link: the replicated document's fields and `_deleted`. */
export type LinkLiveness = Pick<LinkDoc, 'revokedAt' | 'expiresAt' | 'useCount' | 'maxUses'> & { _deleted: boolean };

/**
 * Live = not deleted, not revoked, not expired at `now` (an expiry is the first instant the link
 * no longer works) and a use left. The first failing condition names the reason.
 */
export function linkAvailabilityAt(link: LinkLiveness, now: number): LinkAvailability {
  if (link._deleted) return 'deleted';
  if (link.revokedAt !== null) return 'revoked';
  if (link.expiresAt !== null && Date.parse(link.expiresAt) <= now) return 'expired';
  if (link.useCount >= link.maxUses) return 'used';
  return 'live';
}
