// test: the server URL and token are checked before any request, with messages naming the setting.
import { describe, expect, it } from 'vitest';
import { checkToken, normalizeServerUrl } from './check-sync-target.ts';

describe('normalizeServerUrl', () => {
  it.each([
    ['http://localhost:8787', 'http://localhost:8787'],
    ['http://localhost:8787/', 'http://localhost:8787'],
    [' https://sync.example.com/base// ', 'https://sync.example.com/base'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeServerUrl(raw)).toBe(expected);
  });

  it.each(['', 'localhost:8787', 'ftp://example.com', 'http://user:pw@example.com', 'http://example.com/?a=1', 'http://example.com/#x'])(
    'refuses %j naming serverUrl',
    (raw) => {
      expect(() => normalizeServerUrl(raw)).toThrow(/^serverUrl: /);
    },
  );
});

describe('checkToken', () => {
  it('accepts base64url tokens', () => {
    expect(checkToken(' abc-DEF_123 ')).toBe('abc-DEF_123');
  });

  it.each(['', '   ', 'has space', 'semi;colon'])('refuses %j naming token', (token) => {
    expect(() => checkToken(token)).toThrow(/^token: /);
  });
});
