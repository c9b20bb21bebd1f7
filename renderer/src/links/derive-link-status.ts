// renderer: where a link stands, from the link, the bookings made with it, the time and whether
// the server has confirmed the latest local change. The list, its filter and the row actions
// all read this one answer.
import type { BookingDoc, LinkDoc } from '../../../core/schemas/index.ts';

export type LinkState = 'unused' | 'booked' | 'expired' | 'revoked';

export interface LinkBookingSummary {
  id: string;
  inviteeName: string;
  inviteeEmail: string;
  /** The meeting's start (ISO). */
  start: string;
  canceled: boolean;
}

export interface LinkStatus {
  state: LinkState;
  /** The booking to show: the latest confirmed one, else the latest canceled one; null until the bookings collection has one. */
  booking: LinkBookingSummary | null;
  /** Bookings made with the link, as far as this device knows. */
  uses: number;
  usesLeft: number;
  /** The local version has changes the server has not confirmed. */
  unsynced: boolean;
  /** Someone can still book with it: worth copying, sharing and revoking. */
  live: boolean;
  /** Details may change only while nobody has booked and the link is live. */
  editable: boolean;
  revocable: boolean;
}

function latest(bookings: readonly BookingDoc[]): BookingDoc | undefined {
  return bookings.reduce<BookingDoc | undefined>((best, b) => (!best || b.createdAt > best.createdAt ? b : best), undefined);
}

export function deriveLinkStatus(link: LinkDoc, bookings: readonly BookingDoc[], now: Date | number, unsynced: boolean): LinkStatus {
  const own = bookings.filter((b) => b.linkId === link.id);
  const shown = latest(own.filter((b) => b.status === 'confirmed')) ?? latest(own);
  // The link and its bookings replicate separately, so either may arrive first.
  const uses = Math.max(link.useCount, link.bookingIds.length, own.length);
  const usesLeft = Math.max(0, link.maxUses - uses);
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const expired = link.expiresAt !== null && nowMs >= Date.parse(link.expiresAt);

  let state: LinkState;
  if (usesLeft === 0) state = 'booked';
  else if (link.revokedAt !== null) state = 'revoked';
  else if (expired) state = 'expired';
  else state = uses > 0 ? 'booked' : 'unused';

  const live = state === 'unused' || (state === 'booked' && usesLeft > 0);
  return {
    state,
    booking: shown
      ? { id: shown.id, inviteeName: shown.invitee.name, inviteeEmail: shown.invitee.email, start: shown.start, canceled: shown.status === 'canceled' }
      : null,
    uses,
    usesLeft,
    unsynced,
    live,
    editable: state === 'unused',
    revocable: live,
  };
}
