// Runs in tests. textProblem: single-line fields hold no control character; free text keeps
// line breaks and tabs; neither holds what a database cannot store.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FREE_TEXT_MESSAGE, SINGLE_LINE_MESSAGE, textProblem, UNSTORABLE_TEXT_MESSAGE } from './check-text.ts';

const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).slice(1),
  '\u007f',
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)),
  '\u2028',
  '\u2029',
];
const LINE_BREAKS_AND_TABS = ['\n', '\r', '\t'];

function isControl(codePoint: number): boolean {
  return codePoint <= 0x1f || (codePoint >= 0x7f && codePoint <= 0x9f) || codePoint === 0x2028 || codePoint === 0x2029;
}

describe('textProblem', () => {
  it('accepts ordinary text of any script as either kind', () => {
    for (const value of ['', 'Ada Lovelace', 'Zoë · Café', '李小龍', 'مرحبا', '😀 intro call', 'a\u00a0b', 'x\u200dy']) {
      expect(textProblem(value, 'single-line')).toBeNull();
      expect(textProblem(value, 'free-text')).toBeNull();
    }
  });

  it.each(CONTROLS.map((c) => [c.codePointAt(0)!.toString(16)]))('refuses U+%s in a single-line field, naming line breaks and tabs', (hex) => {
    expect(textProblem(`Ada${String.fromCodePoint(parseInt(hex, 16))}Lovelace`, 'single-line')).toBe(SINGLE_LINE_MESSAGE);
  });

  it('lets free text keep LF, CR and TAB, and refuses every other control character', () => {
    expect(textProblem('line one\r\nline two\n\tindented', 'free-text')).toBeNull();
    for (const c of CONTROLS.filter((c) => !LINE_BREAKS_AND_TABS.includes(c))) expect(textProblem(`a${c}b`, 'free-text')).toBe(FREE_TEXT_MESSAGE);
  });

  it('refuses NUL and lone surrogates as unstorable, in both kinds', () => {
    for (const value of ['a\u0000b', 'x\uD800', '\uDC00']) {
      expect(textProblem(value, 'single-line')).toBe(UNSTORABLE_TEXT_MESSAGE);
      expect(textProblem(value, 'free-text')).toBe(UNSTORABLE_TEXT_MESSAGE);
    }
  });

  it('decides exactly as a code-point model says, for any string', () => {
    const units = fc.string({ unit: 'binary', maxLength: 16 });
    const spiced = fc.tuple(units, fc.constantFrom('\n', '\t', '\r', '\u0000', '\u0085', '\u2028', '\uD800', '\uDFFF', '\u007f', 'é'), units).map(([a, c, b]) => a + c + b);
    fc.assert(fc.property(fc.oneof(units, spiced), (value) => {
      const codePoints = [...value].map((ch) => ch.codePointAt(0)!);
      const unstorable = codePoints.some((cp) => cp === 0 || (cp >= 0xd800 && cp <= 0xdfff));
      const singleLineOk = !unstorable && !codePoints.some(isControl);
      const freeTextOk = !unstorable && !codePoints.some((cp) => isControl(cp) && cp !== 0x0a && cp !== 0x0d && cp !== 0x09);
      expect(textProblem(value, 'single-line') === null).toBe(singleLineOk);
      expect(textProblem(value, 'free-text') === null).toBe(freeTextOk);
      if (unstorable) expect(textProblem(value, 'free-text')).toBe(UNSTORABLE_TEXT_MESSAGE);
    }), { numRuns: 10_000 });
  });
});
