// Runs on the server. When a message that failed is tried again: exponential backoff from the base
// (attempt 1 failed → base, 2 → 2 × base, …), capped, so a receiver that is down for hours is
// not hammered and one that is back soon hears soon.
const MAX_DELAY_MS = 6 * 60 * 60_000;

export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(MAX_DELAY_MS, baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
}
