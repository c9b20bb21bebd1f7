// Runs on the server. The decision of `POST /api/links/{id}/revoke`, pure: a link not yet revoked
// gets revokedAt and updatedAt = now; a revoked one stays exactly as it is, so a retried revoke
// changes nothing (not even the time it was revoked). Only client-owned fields change: useCount,
// bookingIds and lastBookedAt are the server's redemption state and stay as stored.
import type { ReplicatedDoc } from '../store/store.ts';

/** The link to store, or null when it is revoked already (nothing to write). */
export function buildRevokedLink(link: ReplicatedDoc<'links'>, now: Date): ReplicatedDoc<'links'> | null {
  if (link.revokedAt !== null) return null;
  const at = now.toISOString();
  return { ...link, revokedAt: at, updatedAt: at };
}
