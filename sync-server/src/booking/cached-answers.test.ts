// Runs in tests (server side). Which encoding a cached answer goes out in, from the client's
// Accept-Encoding: br first, then gzip; q=0 refuses; anything else is sent plain.
import { describe, expect, it } from 'vitest';
import { preferredEncoding } from './cached-answers.ts';

describe('preferredEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['deflate', null],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['GZIP;q=0.5', 'gzip'],
    ['br;q=0, gzip;q=0.1', 'gzip'],
    ['br;q=0,gzip;q=0', null],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['br ; q=0 , *', 'gzip'],
  ] as const)('%s -> %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });

  it('sends an answer plain when the header is repeated', () => {
    expect(preferredEncoding(['gzip', 'br'])).toBeNull();
  });
});
