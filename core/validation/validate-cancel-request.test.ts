// Runs in tests. An invitee's cancel request: an optional free-text reason, untrusted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorFields, errorFor } from '../testing/validation-helpers.ts';
import { FREE_TEXT_MESSAGE, UNSTORABLE_TEXT_MESSAGE } from './check-text.ts';
import { validateCancelRequest } from './validate-cancel-request.ts';

describe('validateCancelRequest', () => {
  it('takes no body, an empty one or a null reason as no reason', () => {
    for (const body of [undefined, null, '', {}, { reason: null }]) expect(validateCancelRequest(body)).toEqual({ ok: true, value: { reason: '' } });
  });

  it('trims the reason and keeps its line breaks and tabs', () => {
    expect(validateCancelRequest({ reason: '  Sick.\r\nSorry\t:(  ' })).toEqual({ ok: true, value: { reason: 'Sick.\r\nSorry\t:(' } });
  });

  it('refuses what is not an object, a reason that is not a string, and unknown fields', () => {
    expect(errorFields(validateCancelRequest([]))).toEqual(['']);
    expect(errorFields(validateCancelRequest('reason'))).toEqual(['']);
    expect(errorFor(validateCancelRequest({ reason: 5 }), 'reason')).toBe('must be a string');
    expect(errorFor(validateCancelRequest({ reason: 'x', why: 'y' }), 'why')).toBe('is not a known field');
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, 1]));
    expect(errorFields(validateCancelRequest(many))).toHaveLength(20);
  });

  it('refuses a reason over the limit, counted in code points', () => {
    expect(validateCancelRequest({ reason: '😀'.repeat(2000) }).ok).toBe(true);
    expect(errorFor(validateCancelRequest({ reason: 'x'.repeat(2001) }), 'reason')).toBe('must be at most 2000 characters');
  });

  it('refuses control characters other than line breaks and tabs, and text a database cannot store', () => {
    expect(errorFor(validateCancelRequest({ reason: 'bell\u0007' }), 'reason')).toBe(FREE_TEXT_MESSAGE);
    expect(errorFor(validateCancelRequest({ reason: 'a\u0000b' }), 'reason')).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(errorFor(validateCancelRequest({ reason: 'x\uD800y' }), 'reason')).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(errorFields(validateCancelRequest({ reason: 'ok', ['a\u0000']: 1 }))).toEqual(['']);
  });

  it('never accepts a reason holding NUL or a lone surrogate, and never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('\u0000', '\uD800', '\uDFFF'), fc.string({ maxLength: 30 }), (a, bad, b) => {
      expect(validateCancelRequest({ reason: a + bad + b }).ok).toBe(false);
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.jsonValue(), (body) => {
      expect(() => validateCancelRequest(body)).not.toThrow();
    }), { numRuns: 1000 });
  });
});
