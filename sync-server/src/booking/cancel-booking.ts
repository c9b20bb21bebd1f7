// Runs on the server. The invitee cancels (POST /api/public/bookings/{manageToken}/cancel or the
// no-JS form): status canceled, by the invitee, with their reason. A canceled booking no longer
// blocks its time, so the slot is free again; the link that made it stays used.
import type { BookingDoc, Replicated } from '../../../core/schemas/index.ts';
import { hashToken } from '../auth/hash-token.ts';
import type { Store } from '../store/store.ts';
import { CancelRefusedError } from './booking-errors.ts';
import type { ManagedBooking } from './find-managed-booking.ts';
import { draftBookingMessages } from '../outbox/draft-booking-messages.ts';
import { icsIdentityOf } from '../outbox/ics-identity.ts';

export async function cancelBooking(store: Store, managed: ManagedBooking, manageToken: string, reason: string, now = new Date()): Promise<Replicated<BookingDoc>> {
  const nowIso = now.toISOString();
  return store.writeTransaction(managed.host.id, async (tx) => {
    const stored = await tx.findBookingByManageToken(hashToken(manageToken));
    if (!stored || stored.doc._deleted) throw new CancelRefusedError('not_found');
    const booking = stored.doc;
    if (booking.status === 'canceled') throw new CancelRefusedError('already_canceled');
    if (Date.parse(booking.start) <= now.getTime()) throw new CancelRefusedError('already_started');
    const canceled: Replicated<BookingDoc> = {
      ...booking,
      status: 'canceled',
      canceledAt: nowIso,
      canceledBy: 'invitee',
      cancelReason: reason,
      updatedAt: nowIso,
    };
    await tx.putDoc('bookings', canceled);
    // Its messages in the same transaction (invariant 7).
    const ics = await icsIdentityOf(canceled, async (id) => (await tx.getDocs('bookings', [id])).get(id)?.doc ?? null, true);
    await tx.enqueueOutbox(draftBookingMessages({ kind: 'canceled', booking: canceled, host: managed.host, manageUrl: null, ics, now }));
    return canceled;
  });
}
