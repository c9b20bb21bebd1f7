// Runs in tests. formatInstant is Date#toISOString, faster: the same string for any instant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant } from './format-instant.ts';

describe('formatInstant', () => {
  it('equals toISOString on whole minutes, odd milliseconds and the edges of its fast path', () => {
    const minutes = fc.integer({ min: -1_000_000, max: 4_300_000_000 }).map((minute) => minute * 60_000);
    const any = fc.integer({ min: -8.64e15, max: 8.64e15 });
    fc.assert(fc.property(fc.oneof(minutes, any), (ms) => formatInstant(ms) === new Date(ms).toISOString()), { numRuns: 20_000 });
    for (const ms of [0, -60_000, 253_402_300_740_000, 253_402_300_800_000, Date.parse('2028-02-29T23:59:00.000Z'), 86_400_000 - 60_000]) {
      expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
