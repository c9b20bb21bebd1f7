// Runs on the server. What one settled redemption of a link tells the requests for the same link
// that the storm gate held behind it (create-link-storm-gate.ts).
import { TargetUnavailableError } from '../booking-errors.ts';
import type { GateVerdict, RedeemOutcome } from './create-link-storm-gate.ts';
import type { Redemption } from './redeem-booking.ts';

export function verdictOfRedemption(outcome: RedeemOutcome<Redemption>): GateVerdict {
  if (!outcome.ok) return outcome.error instanceof TargetUnavailableError ? outcome.error.reason : null;
  // Uses never come back (canceling keeps the use), so a link this booking used up stays used.
  const link = outcome.value.target.link;
  return link && link.useCount + 1 >= link.maxUses ? 'used' : null;
}
