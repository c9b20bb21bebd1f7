// Runs in tests. isStorableText: no NUL, no lone surrogate; everything else (emoji, any plane,
// other control characters) is storable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStorableText } from './is-storable-text.ts';

/** The platform's own answer: encodeURIComponent throws on a lone surrogate. */
function wellFormed(value: string): boolean {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
}

describe('isStorableText', () => {
  it.each(['', 'Ada', 'Zoë 😀', 'line\nbreak\ttab\r', '\u0001\u007f\u0085\u2028', '\uD83D\uDE00', '\u{10FFFF}'])('accepts %j', (value) => {
    expect(isStorableText(value)).toBe(true);
  });

  it.each(['a\u0000b', '\u0000', 'x\uD800', '\uDC00x', 'a\uDE00\uD83D', '\uD83D\uD83D\uDE00\uDE00\uDE00'])('refuses %j', (value) => {
    expect(isStorableText(value)).toBe(false);
  });

  it('agrees with "no NUL and well-formed UTF-16" for any string of UTF-16 units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.string({ unit: fc.constantFrom('\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a'), maxLength: 6 }), (a, b) => {
      const value = a + b;
      expect(isStorableText(value)).toBe(!value.includes('\u0000') && wellFormed(value));
    }), { numRuns: 5000 });
  });
});
