// Runs in tests. The hand-written encoder against Node's own.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from './encode-base64url.ts';

describe('encodeBase64Url', () => {
  it('matches RFC 4648 test vectors (url alphabet, no padding)', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];
    for (const [input, expected] of vectors) expect(encodeBase64Url(new TextEncoder().encode(input))).toBe(expected);
    expect(encodeBase64Url(Uint8Array.from([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('agrees with Buffer for any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      expect(encodeBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    }));
  });
});
