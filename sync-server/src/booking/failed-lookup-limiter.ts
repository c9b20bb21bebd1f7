// Runs on the server. Counts look-ups of unknown tokens per client IP in a fixed one-minute window:
// guessing tokens is hopeless (128 bits), but a client that keeps trying is shown the door (429)
// before it costs database reads. Only failures count, so invitees using real links never hit it.
export interface FailedLookupLimiter {
  /** True when this IP has failed too often in the current window. */
  isBlocked(ip: string, now?: number): boolean;
  recordFailure(ip: string, now?: number): void;
}

const WINDOW_MS = 60_000;
/** Bounded memory under a flood of addresses: old windows are dropped past this many entries. */
const MAX_TRACKED = 50_000;

export function createFailedLookupLimiter(maxPerMinute: number): FailedLookupLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const current = (ip: string, now: number) => {
    const entry = windows.get(ip);
    if (entry && entry.resetAt > now) return entry;
    windows.delete(ip);
    return null;
  };
  return {
    isBlocked(ip, now = Date.now()) {
      return (current(ip, now)?.count ?? 0) >= maxPerMinute;
    },
    recordFailure(ip, now = Date.now()) {
      const entry = current(ip, now);
      if (entry) {
        entry.count += 1;
        return;
      }
      if (windows.size >= MAX_TRACKED) {
        for (const [key, value] of windows) if (value.resetAt <= now) windows.delete(key);
        if (windows.size >= MAX_TRACKED) windows.clear();
      }
      windows.set(ip, { count: 1, resetAt: now + WINDOW_MS });
    },
  };
}
