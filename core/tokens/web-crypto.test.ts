// Runs in tests. randomBytes: small draws come from a pool that one getRandomValues call refills,
// each pooled byte handed out exactly once; large draws go straight to getRandomValues.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomBytes } from './web-crypto.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A getRandomValues that writes a running counter (1..251), so the order of what it produced can be checked. */
function countingCrypto() {
  let next = 0;
  const getRandomValues = vi.fn(<T extends Uint8Array>(array: T): T => {
    for (let i = 0; i < array.length; i += 1) array[i] = (next++ % 251) + 1;
    return array;
  });
  return { getRandomValues, produced: () => next };
}

describe('randomBytes', () => {
  it('hands out each pooled byte once, in order, and refills with one call per 4 KiB', () => {
    const crypto = countingCrypto();
    vi.stubGlobal('crypto', crypto);
    // Spend whatever an earlier test left in the pool, so this one starts on a fresh fill.
    const draws: Uint8Array[] = [];
    for (let i = 0; i < 600; i += 1) draws.push(randomBytes(16));
    const calls = crypto.getRandomValues.mock.calls.length;
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(calls).toBeLessThanOrEqual(4);
    // Past the first refill (the last 4 KiB of the 9,600 bytes drawn), the bytes handed out are
    // the counter's stream itself: nothing skipped, nothing handed out twice, across refills.
    const tail = draws.flatMap((d) => [...d]).slice(-4096);
    for (let i = 1; i < tail.length; i += 1) expect(tail[i]).toBe((tail[i - 1]! % 251) + 1);
    expect(crypto.produced()).toBeGreaterThanOrEqual(4096);
  });

  it('returns copies: changing one does not change the next', () => {
    const a = randomBytes(16);
    a.fill(0);
    const b = randomBytes(16);
    expect(b.length).toBe(16);
    expect(b.buffer).not.toBe(a.buffer);
  });

  it('fills large draws directly, in 64 KiB steps', () => {
    const crypto = countingCrypto();
    vi.stubGlobal('crypto', crypto);
    const bytes = randomBytes(70_000);
    expect(bytes.length).toBe(70_000);
    expect(crypto.getRandomValues).toHaveBeenCalledTimes(2);
  });

  it('says so clearly when the platform has no Web Crypto, pool or not', () => {
    randomBytes(1);
    vi.stubGlobal('crypto', undefined);
    expect(() => randomBytes(16)).toThrow(/crypto.getRandomValues is not available/);
  });
});
