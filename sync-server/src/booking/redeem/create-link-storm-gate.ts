// Runs on the server. In a storm on one single-use link (hundreds of invitees confirming the same
// link at once), every request but the winner is doomed; each would still cost a database read or
// a queued transaction. The gate lets the first redemption of a link token run, holds the requests
// for the same token that arrive meanwhile, and answers them from its outcome when that outcome
// holds for them too (the link is now used up, revoked, expired or unknown). Anything else (the
// winner's slot was taken, a fault) says nothing about them: they go on to redeem as usual.
// This is only a shortcut for losers inside one process: the transaction's check-and-set still
// decides every redemption (across processes too), so the gate can never let one more through.
import type { UnavailableReason } from '../booking-target.ts';
import { TargetUnavailableError } from '../booking-errors.ts';

/** What one settled redemption tells the requests queued behind it: a refusal, or nothing. */
export type GateVerdict = UnavailableReason | null;

export type RedeemOutcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export type LinkStormGate = <T>(token: string, redeem: () => Promise<T>, verdictOf: (outcome: RedeemOutcome<T>) => GateVerdict) => Promise<T>;

export function createLinkStormGate(): LinkStormGate {
  const inFlight = new Map<string, Promise<GateVerdict>>();
  return async function gate<T>(token: string, redeem: () => Promise<T>, verdictOf: (outcome: RedeemOutcome<T>) => GateVerdict): Promise<T> {
    const ahead = inFlight.get(token);
    if (ahead) {
      // Arrived while another redemption of this link was settling: it is ordered after it.
      const verdict = await ahead;
      if (verdict) throw new TargetUnavailableError(verdict);
      return redeem();
    }
    let settle: (verdict: GateVerdict) => void = () => {};
    const mine = new Promise<GateVerdict>((resolve) => { settle = resolve; });
    inFlight.set(token, mine);
    // Whatever happens, the queued requests are released (with no verdict if reading it fails).
    const release = (outcome: RedeemOutcome<T>): void => {
      try {
        settle(verdictOf(outcome));
      } catch {
        settle(null);
      }
    };
    try {
      const value = await redeem();
      release({ ok: true, value });
      return value;
    } catch (error) {
      release({ ok: false, error });
      throw error;
    } finally {
      inFlight.delete(token);
    }
  };
}
