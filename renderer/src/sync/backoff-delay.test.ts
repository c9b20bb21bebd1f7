// test: retry delays grow exponentially, stay under the cap and spread by jitter.
import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff-delay.ts';

describe('backoffDelay', () => {
  it('doubles from the initial delay up to the cap (no jitter at the top of the range)', () => {
    const top = () => 1;
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20, 1000].map((n) => backoffDelay(n, {}, top))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('waits at least half the delay (equal jitter)', () => {
    expect(backoffDelay(3, {}, () => 0)).toBe(4000);
    expect(backoffDelay(3, {}, () => 0.5)).toBe(6000);
  });

  it('follows a given policy', () => {
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, { initialMs: 100, maxMs: 400 }, () => 1))).toEqual([100, 200, 400, 400]);
  });

  it('stays within bounds for random jitter', () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      const delay = backoffDelay(attempt);
      expect(delay).toBeGreaterThanOrEqual(500);
      expect(delay).toBeLessThanOrEqual(30_000);
    }
  });
});
