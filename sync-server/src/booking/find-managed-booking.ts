// Runs on the server. The booking behind a management URL (/m/{manageToken}); the store keeps only
// the token's SHA-256, like host tokens, so a leaked database does not leak working links.
import type { BookingDoc, Replicated } from '../../../core/schemas/index.ts';
import { isWellFormedToken } from '../../../core/tokens/index.ts';
import { hashToken } from '../auth/hash-token.ts';
import type { Host, Store } from '../store/store.ts';

export interface ManagedBooking {
  host: Host;
  booking: Replicated<BookingDoc>;
}

export async function findManagedBooking(store: Store, manageToken: string): Promise<ManagedBooking | null> {
  if (!isWellFormedToken(manageToken)) return null;
  const found = await store.findBookingByManageToken(hashToken(manageToken));
  if (!found || found.booking.doc._deleted) return null;
  const host = await store.findHostById(found.hostId);
  return host ? { host, booking: found.booking.doc } : null;
}
