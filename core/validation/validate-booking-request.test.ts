// Runs in tests. An invitee's booking request: untrusted JSON from the public page.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorFields, errorFor } from '../testing/validation-helpers.ts';
import { FREE_TEXT_MESSAGE, SINGLE_LINE_MESSAGE, UNSTORABLE_TEXT_MESSAGE } from './check-text.ts';
import { validateBookingRequest } from './validate-booking-request.ts';

const good = {
  start: '2026-03-03T09:00:00.000Z',
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  timezone: 'Europe/London',
  notes: 'About the engine.',
};

describe('validateBookingRequest', () => {
  it('accepts a good request as it is', () => {
    expect(validateBookingRequest(good)).toEqual({ ok: true, value: good });
  });

  it('normalizes the start to UTC with milliseconds', () => {
    const cases: [string, string][] = [
      ['2026-03-03T10:00:00+01:00', '2026-03-03T09:00:00.000Z'],
      ['2026-03-03T10:00+01:00', '2026-03-03T09:00:00.000Z'],
      ['2026-03-03T04:00:00-05:00', '2026-03-03T09:00:00.000Z'],
      ['2026-03-03T09:00:00Z', '2026-03-03T09:00:00.000Z'],
      ['2026-03-03t09:00:00.5z', '2026-03-03T09:00:00.500Z'],
      ['2026-03-03T14:30:00.123456+0530', '2026-03-03T09:00:00.123Z'],
      ['2026-03-01T00:30:00+01:00', '2026-02-28T23:30:00.000Z'],
    ];
    for (const [start, expected] of cases) {
      const result = validateBookingRequest({ ...good, start });
      expect(result.ok && result.value.start, start).toBe(expected);
    }
  });

  it('trims name and email, defaults notes to empty and ignores unknown fields', () => {
    const result = validateBookingRequest({ start: good.start, name: '  Ada  ', email: ' ada@example.com\n', timezone: 'UTC', extra: 1, notes: null });
    expect(result).toEqual({ ok: true, value: { start: good.start, name: 'Ada', email: 'ada@example.com', timezone: 'UTC', notes: '' } });
    const withoutNotes: Record<string, unknown> = { ...good };
    delete withoutNotes.notes;
    expect(validateBookingRequest(withoutNotes)).toMatchObject({ ok: true, value: { notes: '' } });
  });

  it('accepts names of 1 and 200 characters, counting emoji as one', () => {
    expect(validateBookingRequest({ ...good, name: 'X' }).ok).toBe(true);
    expect(validateBookingRequest({ ...good, name: '😀'.repeat(200) }).ok).toBe(true);
    expect(validateBookingRequest({ ...good, notes: 'n'.repeat(2000) }).ok).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['missing start', { start: undefined }, 'start', /^is required$/],
    ['numeric start', { start: 1772528400000 }, 'start', /^must be a string$/],
    ['start without offset', { start: '2026-03-03T09:00:00' }, 'start', /with an offset/],
    ['date-only start', { start: '2026-03-03' }, 'start', /ISO-8601/],
    ['start on a day that does not exist', { start: '2026-02-30T09:00:00Z' }, 'start', /ISO-8601/],
    ['start at hour 24', { start: '2026-03-03T24:00:00Z' }, 'start', /ISO-8601/],
    ['start in words', { start: 'tomorrow at 10' }, 'start', /ISO-8601/],
    ['start in a format only Date.parse knows', { start: 'Tue, 03 Mar 2026 09:00:00 GMT' }, 'start', /ISO-8601/],
    ['start before 2000', { start: '1999-12-31T23:59:59Z' }, 'start', /between the years 2000 and 2200/],
    ['start after 2200', { start: '2201-01-01T00:00:00Z' }, 'start', /between the years 2000 and 2200/],
    ['huge start string', { start: `2026-03-03T09:00:00.${'0'.repeat(10_000)}Z` }, 'start', /ISO-8601/],
    ['missing name', { name: undefined }, 'name', /^is required$/],
    ['name of the wrong type', { name: ['Ada'] }, 'name', /^must be a string$/],
    ['empty name', { name: '' }, 'name', /must not be empty/],
    ['blank name', { name: '   \t' }, 'name', /must not be empty/],
    ['too long name', { name: 'x'.repeat(201) }, 'name', /at most 200 characters/],
    ['name with a line break', { name: 'Ada\r\nBcc: x@y.z' }, 'name', /line breaks/],
    ['missing email', { email: undefined }, 'email', /^is required$/],
    ['email of the wrong type', { email: 42 }, 'email', /^must be a string$/],
    ['empty email', { email: '  ' }, 'email', /must not be empty/],
    ['implausible email', { email: 'ada@example' }, 'email', /email address/],
    ['too long email', { email: `${'a'.repeat(64)}@${'b'.repeat(300)}.com` }, 'email', /at most 320 characters/],
    ['missing time zone', { timezone: undefined }, 'timezone', /^is required$/],
    ['unknown time zone', { timezone: 'Europe/Gotham' }, 'timezone', /IANA time zone/],
    ['offset instead of a time zone', { timezone: '-05:00' }, 'timezone', /IANA time zone/],
    ['notes of the wrong type', { notes: { text: 'hi' } }, 'notes', /^must be a string$/],
    ['too long notes', { notes: 'n'.repeat(2001) }, 'notes', /at most 2000 characters/],
  ])('rejects %s', (_label, patch, field, message) => {
    const input: Record<string, unknown> = { ...good, ...patch };
    for (const key of Object.keys(patch)) if (patch[key] === undefined) delete input[key];
    const result = validateBookingRequest(input);
    expect(result.ok).toBe(false);
    expect(errorFields(result)).toEqual([field]);
    expect(errorFor(result, field)).toMatch(message);
  });

  it.each([null, 'x', 7, [good], true])('rejects a body that is not an object (%j)', (input) => {
    expect(validateBookingRequest(input)).toEqual({ ok: false, errors: [{ field: '', message: 'The booking request must be a JSON object' }] });
  });

  it('reports all broken fields together', () => {
    const result = validateBookingRequest({ start: 'x', name: '', email: 'y', timezone: 'z', notes: 5 });
    expect(errorFields(result)).toEqual(['start', 'name', 'email', 'timezone', 'notes']);
  });

  it('reads only own fields of untrusted JSON', () => {
    const input = JSON.parse('{"__proto__":{"name":"Ada"},"start":"2026-03-03T09:00:00Z","email":"a@example.com","timezone":"UTC"}') as unknown;
    expect(errorFields(validateBookingRequest(input))).toEqual(['name']);
  });
});

describe('validateBookingRequest: text the pages and databases cannot hold', () => {
  it('refuses NUL and lone surrogates in every string field, naming the field', () => {
    const cases: [string, string][] = [['notes', 'a\u0000b'], ['name', 'Ada \uD800'], ['name', 'Ada\u0000'], ['email', 'ada\u0000@example.com'], ['timezone', 'Europe/London\u0000'], ['notes', '\uDC00']];
    for (const [field, value] of cases) {
      const result = validateBookingRequest({ ...good, [field]: value });
      expect(errorFields(result), `${field}: ${JSON.stringify(value)}`).toEqual([field]);
    }
    expect(errorFor(validateBookingRequest({ ...good, notes: 'a\u0000b' }), 'notes')).toBe(UNSTORABLE_TEXT_MESSAGE);
  });

  it('refuses control characters in the name (line breaks, tabs, C1, U+2028), not line breaks in notes', () => {
    for (const name of ['Ada\nLovelace', 'Ada\tLovelace', 'Ada\rLovelace', 'Ada\u0085', 'Ada\u2028Lovelace', 'Ada\u007f']) {
      expect(errorFor(validateBookingRequest({ ...good, name }), 'name'), JSON.stringify(name)).toBe(SINGLE_LINE_MESSAGE);
    }
    expect(validateBookingRequest({ ...good, notes: 'Line one\r\nline two\n\tthree' }).ok).toBe(true);
    expect(errorFor(validateBookingRequest({ ...good, notes: 'bell\u0007' }), 'notes')).toBe(FREE_TEXT_MESSAGE);
  });

  it('never accepts a request whose name or notes hold NUL or a lone surrogate', () => {
    fc.assert(fc.property(fc.constantFrom('name', 'notes'), fc.string({ maxLength: 20 }), fc.constantFrom('\u0000', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'), fc.string({ maxLength: 20 }), (field, a, bad, b) => {
      const result = validateBookingRequest({ ...good, [field]: `x${a}${bad}${b}x` });
      expect(errorFields(result)).toContain(field);
    }), { numRuns: 3000 });
  });
});
