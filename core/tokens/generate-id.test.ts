// Runs in tests. Ids are v4 UUIDs, from randomUUID where the platform has it and from random bytes
// where it does not (insecure browser contexts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatUuidV4, generateId } from './generate-id.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('generateId', () => {
  it('gives distinct v4 UUIDs', () => {
    const ids = Array.from({ length: 5000 }, generateId);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('falls back to getRandomValues when randomUUID is missing', () => {
    const realCrypto = globalThis.crypto;
    const getRandomValues = vi.fn((array: Uint8Array<ArrayBuffer>) => realCrypto.getRandomValues(array));
    vi.stubGlobal('crypto', { getRandomValues });
    const ids = Array.from({ length: 1000 }, generateId);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    expect(new Set(ids).size).toBe(ids.length);
    // One getRandomValues call of 16 bytes per id (randomBytes keeps no pool).
    expect(getRandomValues).toHaveBeenCalledTimes(1000);
    expect(getRandomValues.mock.calls.every(([array]) => array.length === 16)).toBe(true);
  });

  it('says so clearly when the platform has no Web Crypto', () => {
    vi.stubGlobal('crypto', undefined);
    expect(() => generateId()).toThrow(/crypto.getRandomValues is not available/);
  });
});

describe('formatUuidV4', () => {
  it('sets version and variant bits and keeps the rest', () => {
    expect(formatUuidV4(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000');
    expect(formatUuidV4(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });

  it('does not change the bytes it is given', () => {
    const bytes = new Uint8Array(16).fill(0xff);
    formatUuidV4(bytes);
    expect(bytes.every((b) => b === 0xff)).toBe(true);
  });

  it('needs exactly 16 bytes', () => {
    expect(() => formatUuidV4(new Uint8Array(15))).toThrow(RangeError);
  });
});
