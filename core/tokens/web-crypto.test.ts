// Runs in tests. randomBytes: every draw goes straight to getRandomValues (no pool, no state
// between calls); large draws in 64 KiB steps.
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
  return { getRandomValues };
}

describe('randomBytes', () => {
  it('asks getRandomValues for exactly the bytes of each draw, one call per small draw', () => {
    const crypto = countingCrypto();
    vi.stubGlobal('crypto', crypto);
    const a = randomBytes(16);
    const b = randomBytes(10);
    expect(crypto.getRandomValues).toHaveBeenCalledTimes(2);
    expect([...a]).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect([...b]).toEqual(Array.from({ length: 10 }, (_, i) => i + 17));
  });

  it('returns a fresh array each time: changing one does not change the next', () => {
    const a = randomBytes(16);
    a.fill(0);
    const b = randomBytes(16);
    expect(b.length).toBe(16);
    expect(b.buffer).not.toBe(a.buffer);
    expect(b.some((byte) => byte !== 0)).toBe(true);
  });

  it('fills large draws in 64 KiB steps', () => {
    const crypto = countingCrypto();
    vi.stubGlobal('crypto', crypto);
    const bytes = randomBytes(70_000);
    expect(bytes.length).toBe(70_000);
    expect(crypto.getRandomValues).toHaveBeenCalledTimes(2);
    expect(bytes[69_999]).not.toBe(0);
  });

  it('says so clearly when the platform has no Web Crypto', () => {
    vi.stubGlobal('crypto', undefined);
    expect(() => randomBytes(16)).toThrow(/crypto.getRandomValues is not available/);
  });
});
