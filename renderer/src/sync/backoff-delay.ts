// renderer: how long to wait before retry number `attempt` (0 = the first retry).
import type { BackoffPolicy } from './sync-types.ts';

export const DEFAULT_BACKOFF: Required<BackoffPolicy> = { initialMs: 1000, maxMs: 30_000 };

/**
 * Exponential backoff with "equal jitter": half the capped delay for sure, the other half at
 * random, so many clients coming back after an outage do not all knock at the same moment.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy = {}, random: () => number = Math.random): number {
  const initialMs = policy.initialMs ?? DEFAULT_BACKOFF.initialMs;
  const maxMs = Math.max(initialMs, policy.maxMs ?? DEFAULT_BACKOFF.maxMs);
  const capped = Math.min(maxMs, initialMs * 2 ** Math.min(Math.max(attempt, 0), 30));
  return Math.round(capped / 2 + random() * (capped / 2));
}
