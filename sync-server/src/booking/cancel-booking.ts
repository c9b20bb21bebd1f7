// Runs on the server. The invitee cancels (POST /api/public/bookings/{manageToken}/cancel or the
// no-JS form): status canceled, by the invitee, with their reason. A canceled booking no longer
// blocks its time, so the slot is free again; the link that made it stays used.
import type { BookingDoc, Replicated } from '../../../core/schemas/index.ts';
import { hashToken } from '../auth/hash-token.ts';
import type { Store } from '../store/store.ts';
import { CancelRefusedError } from './booking-errors.ts';
import type { ManagedBooking } from './find-managed-booking.ts';

export const CANCEL_REASON_MAX = 2000;

/** The optional reason of a cancel body; a problem names the field. */
export function parseCancelBody(body: unknown): { ok: true; reason: string } | { ok: false; errors: { field: string; message: string }[] } {
  if (body === undefined || body === null || body === '') return { ok: true, reason: '' };
  if (typeof body !== 'object' || Array.isArray(body)) return { ok: false, errors: [{ field: '', message: 'The cancel request must be a JSON object' }] };
  const unknown = Object.keys(body).filter((key) => key !== 'reason').slice(0, 20);
  if (unknown.length > 0) return { ok: false, errors: unknown.map((key) => ({ field: key.slice(0, 100), message: 'is not a known field' })) };
  const reason = (body as { reason?: unknown }).reason;
  if (reason === undefined || reason === null) return { ok: true, reason: '' };
  if (typeof reason !== 'string') return { ok: false, errors: [{ field: 'reason', message: 'must be a string' }] };
  const trimmed = reason.trim();
  if ([...trimmed].length > CANCEL_REASON_MAX) return { ok: false, errors: [{ field: 'reason', message: `must be at most ${CANCEL_REASON_MAX} characters` }] };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(trimmed)) return { ok: false, errors: [{ field: 'reason', message: 'must not contain control characters' }] };
  return { ok: true, reason: trimmed };
}

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
    return canceled;
  });
}
