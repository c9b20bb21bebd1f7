// Runs in tests (server side). Token hashes are stored: the function must keep giving exactly
// SHA-256 as lowercase hex, or every stored host token and manage token stops matching.
import { describe, expect, it } from 'vitest';
import { hashesEqual, hashToken } from './hash-token.ts';

describe('hashToken', () => {
  it('is SHA-256 in lowercase hex (FIPS 180-2 test vector, and UTF-8 for non-ASCII)', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(hashToken('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashToken('é')).toBe(hashToken('\u00e9'));
    expect(hashToken('é')).not.toBe(hashToken('e\u0301'));
  });

  it('compares hashes, and refuses empty or malformed ones', () => {
    expect(hashesEqual(hashToken('a'), hashToken('a'))).toBe(true);
    expect(hashesEqual(hashToken('a'), hashToken('b'))).toBe(false);
    expect(hashesEqual('', '')).toBe(false);
    expect(hashesEqual(hashToken('a'), hashToken('a').slice(0, 10))).toBe(false);
  });
});
