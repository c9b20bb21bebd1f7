// Runs in tests. v7 UUIDs: the layout of RFC 9562, the time in front (so they sort by time) and
// random bits behind it.
import { describe, expect, it } from 'vitest';
import { formatUuidV7, generateTimeOrderedId } from './generate-time-ordered-id.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('generateTimeOrderedId', () => {
  it('gives distinct v7 UUIDs', () => {
    const ids = Array.from({ length: 5000 }, () => generateTimeOrderedId());
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts the time first, so ids of later times sort after earlier ones', () => {
    const times = [0, 1, 1_700_000_000_000, Date.parse('2026-11-27T10:00:00.000Z'), Date.parse('2026-11-27T10:00:00.001Z'), 2 ** 48 - 1];
    const ids = times.map((t) => generateTimeOrderedId(t));
    expect([...ids].sort()).toEqual(ids);
    expect(ids[3]!.replaceAll('-', '').slice(0, 12)).toBe(Date.parse('2026-11-27T10:00:00.000Z').toString(16).padStart(12, '0'));
  });
});

describe('formatUuidV7', () => {
  it('lays out time, version, variant and the random bytes as RFC 9562 says', () => {
    // RFC 9562, appendix A.6: 017F22E2-79B0-7CC3-98C4-DC0C0C07398F for 2022-02-22T19:22:22Z.
    const random = Uint8Array.from([0x0c, 0xc3, 0x18, 0xc4, 0xdc, 0x0c, 0x0c, 0x07, 0x39, 0x8f]);
    expect(formatUuidV7(0x017f22e279b0, random)).toBe('017f22e2-79b0-7cc3-98c4-dc0c0c07398f');
  });

  it('refuses a time outside 48 bits and a wrong number of random bytes', () => {
    expect(() => formatUuidV7(-1, new Uint8Array(10))).toThrow(/unixMs/);
    expect(() => formatUuidV7(2 ** 48, new Uint8Array(10))).toThrow(/unixMs/);
    expect(() => formatUuidV7(1.5, new Uint8Array(10))).toThrow(/unixMs/);
    expect(() => formatUuidV7(0, new Uint8Array(16))).toThrow(/10 random bytes/);
  });
});
