// Runs on the server. What both redemption paths write for a new booking, made one way: the start
// checked against core's rules (grid, availability, notice, horizon; overlap with the host's
// other bookings, buffers included, is the store's to refuse on insert: PostgreSQL's exclusion
// constraint, SQLite's check in its serialized transaction, invariant 2), the booking document with the range it blocks and the hash of its manage token (the token itself
// goes to the invitee only), and the link's document once the booking is recorded on it.
import type { BookingDoc, LinkDoc, Replicated } from '../../../core/schemas/index.ts';
import { checkBookableStart } from '../../../core/slots/index.ts';
import { generateTimeOrderedId, generateToken } from '../../../core/tokens/index.ts';
import type { BookingRequest } from '../../../core/validation/index.ts';
import { hashToken } from '../auth/hash-token.ts';
import type { BookingServerFields } from '../store/store.ts';
import { SlotUnavailableError } from './booking-errors.ts';
import type { BookingTarget } from './booking-target.ts';
import { buildBookingDoc } from './build-booking-doc.ts';
import type { RedeemDeps } from './redeem-booking.ts';

export interface BookingDraft {
  doc: Replicated<BookingDoc>;
  server: BookingServerFields;
  manageToken: string;
}

/** Throws SlotUnavailableError (409) when the rules do not offer the start. */
export function draftBooking(target: BookingTarget, request: BookingRequest, now: Date, deps: RedeemDeps): BookingDraft {
  const check = checkBookableStart({ rules: target.rules, busy: [], start: request.start, now });
  if (!check.ok) throw new SlotUnavailableError(check.reason);
  const manageToken = (deps.newManageToken ?? generateToken)();
  // Time-ordered (v7): new bookings append to the id index instead of dirtying a random page.
  const id = deps.newId ? deps.newId() : generateTimeOrderedId(now.getTime());
  const { doc, blocked } = buildBookingDoc(id, target, request, check.end, now.toISOString());
  return { doc, server: { blockedStart: blocked.start, blockedEnd: blocked.end, manageToken: hashToken(manageToken) }, manageToken };
}

/** The link's document with this booking recorded on it (the store keeps `use_count` equal). */
export function linkAfterBooking(link: Replicated<LinkDoc>, bookingId: string, nowIso: string): Replicated<LinkDoc> {
  return { ...link, useCount: link.useCount + 1, bookingIds: [...link.bookingIds, bookingId], lastBookedAt: nowIso };
}
