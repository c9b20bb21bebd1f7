// Runs in tests.
import { describe, expect, it } from 'vitest';
import { isWellFormedToken } from './is-well-formed-token.ts';

describe('isWellFormedToken', () => {
  it.each(['a'.repeat(22), 'A-_z09'.repeat(4), 'x'.repeat(128)])('accepts %s', (token) => {
    expect(isWellFormedToken(token)).toBe(true);
  });

  it.each(['', 'a'.repeat(21), 'x'.repeat(129), `${'a'.repeat(21)}=`, `${'a'.repeat(21)}+`, `${'a'.repeat(21)}/`, `${'a'.repeat(22)}\n`, `${'a'.repeat(11)} ${'a'.repeat(11)}`, `${'a'.repeat(21)}é`, '../../etc/passwd-xxxxxxxxx'])(
    'rejects %j', (token) => {
      expect(isWellFormedToken(token)).toBe(false);
    },
  );

  it('rejects non-strings from untyped callers', () => {
    expect(isWellFormedToken(undefined as unknown as string)).toBe(false);
    expect(isWellFormedToken(['a'.repeat(22)] as unknown as string)).toBe(false);
  });
});
