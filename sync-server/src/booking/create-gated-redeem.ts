// Runs on the server. The redemption the public routes call: redeemBooking, with single-use link
// storms answered through the link storm gate (see create-link-storm-gate.ts).
import type { BookingRequest } from '../../../core/validation/index.ts';
import type { Store } from '../store/store.ts';
import { TargetUnavailableError } from './booking-errors.ts';
import type { EventTypeSource } from './committed-event-types.ts';
import { createLinkStormGate, type GateVerdict, type RedeemOutcome } from './create-link-storm-gate.ts';
import type { TargetKey } from './find-target.ts';
import { redeemBooking, type Redemption } from './redeem-booking.ts';

export type Redeem = (key: TargetKey, request: BookingRequest) => Promise<Redemption>;

/** What a settled redemption of a link means for every request for it queued behind. */
export function verdictOfRedemption(outcome: RedeemOutcome<Redemption>): GateVerdict {
  if (!outcome.ok) return outcome.error instanceof TargetUnavailableError ? outcome.error.reason : null;
  // Uses never come back (canceling keeps the use), so a link this booking used up stays used.
  const link = outcome.value.target.link;
  return link && link.useCount + 1 >= link.maxUses ? 'used' : null;
}

export function createGatedRedeem(store: Store, now: () => Date, eventTypes?: EventTypeSource): Redeem {
  const gate = createLinkStormGate();
  const deps = { now, eventTypes };
  return (key, request) => key.kind === 'link'
    ? gate(key.token, () => redeemBooking(store, key, request, deps), verdictOfRedemption)
    : redeemBooking(store, key, request, deps);
}
