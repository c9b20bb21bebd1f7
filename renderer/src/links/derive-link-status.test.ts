// Runs in tests (node). A link's status from the link, its bookings, the time and the sync flag.
import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, makeBooking, makeLink } from '../../../core/testing/index.ts';
import { deriveLinkStatus } from './derive-link-status.ts';
import { describeLinkStatus } from './describe-link-status.ts';

const NOW = new Date(FIXTURE_NOW);
const TZ = 'Europe/Berlin';

describe('deriveLinkStatus', () => {
  it('a fresh link is unused, editable and revocable', () => {
    const link = makeLink();
    const status = deriveLinkStatus(link, [], NOW, false);
    expect(status).toMatchObject({ state: 'unused', booking: null, uses: 0, usesLeft: 1, editable: true, revocable: true, live: true, unsynced: false });
    expect(describeLinkStatus(link, status, TZ, NOW)).toBe('Unused');
    expect(deriveLinkStatus(link, [], NOW, true).unsynced).toBe(true);
  });

  it('a booked single-use link names the invitee and the meeting time in the host zone', () => {
    const link = makeLink({ useCount: 1 });
    const booking = makeBooking({ linkId: link.id });
    const other = makeBooking({ linkId: 'another-link', invitee: { name: 'Grace', email: 'g@example.com', timezone: 'UTC', notes: '' } });
    const status = deriveLinkStatus(link, [booking, other], NOW, false);
    expect(status).toMatchObject({ state: 'booked', usesLeft: 0, editable: false, revocable: false, live: false });
    expect(status.booking).toEqual({ id: booking.id, inviteeName: 'Ada Lovelace', inviteeEmail: 'ada@example.com', start: booking.start, canceled: false });
    expect(describeLinkStatus(link, status, TZ, NOW)).toBe('Booked by Ada Lovelace at Tue, Mar 3, 10:00');
  });

  it('counts a booking that arrived before the link update, and one the booking has not reached yet', () => {
    const link = makeLink();
    expect(deriveLinkStatus(link, [makeBooking({ linkId: link.id })], NOW, false).state).toBe('booked');
    const counted = makeLink({ useCount: 1, lastBookedAt: '2026-03-01T10:00:00.000Z' });
    const status = deriveLinkStatus(counted, [], NOW, false);
    expect(status).toMatchObject({ state: 'booked', booking: null });
    expect(describeLinkStatus(counted, status, TZ, NOW)).toBe('Booked Sun, Mar 1, 2026');
  });

  it('prefers a confirmed booking and marks a canceled one', () => {
    const link = makeLink({ maxUses: 3, useCount: 2 });
    const canceled = makeBooking({ linkId: link.id, status: 'canceled', createdAt: '2026-03-02T09:00:00.000Z' });
    const confirmed = makeBooking({ linkId: link.id, createdAt: '2026-03-01T09:00:00.000Z', invitee: { name: 'Grace Hopper', email: 'g@example.com', timezone: 'UTC', notes: '' } });
    const status = deriveLinkStatus(link, [canceled, confirmed], NOW, false);
    expect(status).toMatchObject({ state: 'booked', usesLeft: 1, revocable: true, editable: false });
    expect(describeLinkStatus(link, status, TZ, NOW)).toBe('Booked by Grace Hopper at Tue, Mar 3, 10:00 · 1 of 3 uses left');
    const onlyCanceled = deriveLinkStatus(makeLink({ id: link.id, useCount: 1 }), [canceled], NOW, false);
    expect(onlyCanceled.booking?.canceled).toBe(true);
  });

  it('expires at expiresAt and is revoked when revokedAt is set; a used-up link stays booked', () => {
    const expiring = makeLink({ expiresAt: '2026-03-02T08:00:00.000Z' });
    expect(deriveLinkStatus(expiring, [], new Date('2026-03-02T07:59:59.999Z'), false).state).toBe('unused');
    const expired = deriveLinkStatus(expiring, [], NOW, false);
    expect(expired).toMatchObject({ state: 'expired', editable: false, revocable: false });
    expect(describeLinkStatus(expiring, expired, TZ, NOW)).toBe('Expired Mon, Mar 2, 09:00');
    const endOfDay = makeLink({ expiresAt: '2026-02-20T23:00:00.000Z' });
    expect(describeLinkStatus(endOfDay, deriveLinkStatus(endOfDay, [], NOW, false), TZ, NOW)).toBe('Expired after Fri, Feb 20, 2026');

    const revoked = makeLink({ revokedAt: FIXTURE_NOW, expiresAt: FIXTURE_NOW });
    expect(deriveLinkStatus(revoked, [], NOW, false)).toMatchObject({ state: 'revoked', editable: false, revocable: false });

    const usedThenRevoked = makeLink({ revokedAt: FIXTURE_NOW, useCount: 1 });
    expect(deriveLinkStatus(usedThenRevoked, [], NOW, false).state).toBe('booked');
  });
});
