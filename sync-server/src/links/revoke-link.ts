// Runs on the server. Revokes one of a host's links: read and written in one write transaction of
// the host, so a booking settling at the same moment is serialized with it (ARCHITECTURE.md,
// "Group commit"), and the revoke replicates to the desktop like a revoke made there.
import type { ReplicatedDoc, Store } from '../store/store.ts';
import { buildRevokedLink } from './build-revoked-link.ts';

/** The link as stored afterwards, or null when the host has no such (non-deleted) link. */
export async function revokeLink(store: Store, hostId: string, linkId: string, now = new Date()): Promise<ReplicatedDoc<'links'> | null> {
  return store.writeTransaction(hostId, async (tx) => {
    const stored = (await tx.getDocs('links', [linkId])).get(linkId);
    if (!stored || stored.doc._deleted) return null;
    const revoked = buildRevokedLink(stored.doc, now);
    if (revoked === null) return stored.doc;
    await tx.putDoc('links', revoked);
    return revoked;
  });
}
