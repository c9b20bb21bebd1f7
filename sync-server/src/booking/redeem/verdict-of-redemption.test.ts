import { describe, expect, it } from 'vitest';
import { makeLink } from '../../../../core/testing/fixtures.ts';
import { SlotUnavailableError, TargetUnavailableError } from '../booking-errors.ts';
import type { BookingTarget } from '../booking-target.ts';
import { verdictOfRedemption } from './verdict-of-redemption.ts';
import type { Redemption } from './redeem-booking.ts';

function redemptionOf(link: BookingTarget['link']): Redemption {
  return { target: { link } as BookingTarget, booking: {} as Redemption['booking'], manageToken: 'm' };
}

describe('verdictOfRedemption', () => {
  it('refuses the queue with "used" only when this booking took the last use', () => {
    expect(verdictOfRedemption({ ok: true, value: redemptionOf(makeLink({ maxUses: 1, useCount: 0 })) })).toBe('used');
    expect(verdictOfRedemption({ ok: true, value: redemptionOf(makeLink({ maxUses: 3, useCount: 1 })) })).toBeNull();
    expect(verdictOfRedemption({ ok: true, value: redemptionOf(makeLink({ maxUses: 3, useCount: 2 })) })).toBe('used');
    expect(verdictOfRedemption({ ok: true, value: redemptionOf(null) })).toBeNull();
  });

  it('passes on why the link is unavailable, and nothing for a taken slot or a fault', () => {
    expect(verdictOfRedemption({ ok: false, error: new TargetUnavailableError('expired') })).toBe('expired');
    expect(verdictOfRedemption({ ok: false, error: new SlotUnavailableError('conflict') })).toBeNull();
    expect(verdictOfRedemption({ ok: false, error: new Error('database unavailable') })).toBeNull();
  });
});
