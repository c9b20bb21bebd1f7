// Runs in tests (server side). The failed look-up limiter: per IP, per one-minute window.
import { describe, expect, it } from 'vitest';
import { createFailedLookupLimiter } from './failed-lookup-limiter.ts';

describe('createFailedLookupLimiter', () => {
  it('blocks an IP after max failures in a window, not others, and forgets after the window', () => {
    const limiter = createFailedLookupLimiter(3);
    const t0 = 1_000_000;
    for (let i = 0; i < 3; i += 1) {
      expect(limiter.isBlocked('10.0.0.1', t0 + i)).toBe(false);
      limiter.recordFailure('10.0.0.1', t0 + i);
    }
    expect(limiter.isBlocked('10.0.0.1', t0 + 10)).toBe(true);
    expect(limiter.isBlocked('10.0.0.2', t0 + 10)).toBe(false);
    expect(limiter.isBlocked('10.0.0.1', t0 + 60_001)).toBe(false);
  });
});
