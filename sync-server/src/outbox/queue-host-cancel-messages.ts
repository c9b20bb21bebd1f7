// Runs on the server. A host cancels a booking from the desktop: the cancel arrives as a push
// (sync/apply-push.ts) that turns a confirmed booking's status to canceled. Its messages (the
// invitee's cancellation with its .ics CANCEL, the host's notice, booking.canceled, the reminder
// dropped) are queued in the push's own transaction (invariant 7). Any other change of a booking
// queues nothing.
import type { BookingDoc } from '../../../core/schemas/index.ts';
import type { Store, WriteTx } from '../store/store.ts';
import { draftBookingMessages } from './draft-booking-messages.ts';
import { icsIdentityOf } from './ics-identity.ts';

export async function queueHostCancelMessages(store: Store, tx: WriteTx, before: BookingDoc | null, after: BookingDoc, at: string): Promise<void> {
  if (!before || before.status !== 'confirmed' || after.status !== 'canceled') return;
  const host = await store.findHostById(tx.hostId);
  if (!host) return;
  const ics = await icsIdentityOf(after, async (id) => (await tx.getDocs('bookings', [id])).get(id)?.doc ?? null, true);
  await tx.enqueueOutbox(draftBookingMessages({ kind: 'canceled', booking: after, host, manageUrl: null, ics, now: new Date(at) }));
}
