// Runs in tests (server side). The mint body: defaults, normalized expiry, and a field named for
// every mistake (unknown fields, the past, wrong types, both or neither event type reference).
import { describe, expect, it } from 'vitest';
import { parseMintLinkBody } from './parse-mint-link-body.ts';

const now = new Date('2026-03-02T08:00:00.000Z');
const fieldsOf = (body: unknown) => {
  const parsed = parseMintLinkBody(body, now);
  return parsed.ok ? [] : parsed.fields.map((f) => f.field);
};

describe('parseMintLinkBody', () => {
  it('fills in the desktop defaults', () => {
    expect(parseMintLinkBody({ eventTypeId: 'et-1' }, now)).toEqual({
      ok: true,
      input: { eventType: { id: 'et-1' }, fields: { maxUses: 1, expiresAt: null, contact: { name: '', email: '' }, overrides: {}, note: '' } },
    });
    expect(parseMintLinkBody({ eventTypeSlug: 'intro', expiresAt: null, contact: null }, now)).toMatchObject({ ok: true, input: { eventType: { slug: 'intro' }, fields: { expiresAt: null, contact: { name: '', email: '' } } } });
  });

  it('takes every field, trims the contact and stores the expiry in the one UTC form', () => {
    const parsed = parseMintLinkBody({
      eventTypeSlug: 'intro', maxUses: 3, expiresAt: '2026-03-10T12:00:00+02:00', contact: { name: ' Ada ', email: ' ada@example.com ' },
      overrides: { durationMinutes: 60 }, note: 'VIP',
    }, now);
    expect(parsed).toEqual({
      ok: true,
      input: {
        eventType: { slug: 'intro' },
        fields: { maxUses: 3, expiresAt: '2026-03-10T10:00:00.000Z', contact: { name: 'Ada', email: 'ada@example.com' }, overrides: { durationMinutes: 60 }, note: 'VIP' },
      },
    });
  });

  it('names each bad field', () => {
    expect(fieldsOf([])).toEqual(['body']);
    expect(fieldsOf(null)).toEqual(['body']);
    expect(fieldsOf({})).toEqual(['eventTypeId']);
    expect(fieldsOf({ eventTypeId: 'a', eventTypeSlug: 'b' })).toEqual(['eventTypeSlug']);
    expect(fieldsOf({ eventTypeId: 7 })).toEqual(['eventTypeId']);
    expect(fieldsOf({ eventTypeSlug: '' })).toEqual(['eventTypeSlug']);
    expect(fieldsOf({ eventTypeId: 'a', maxUses: 1.5 })).toEqual(['maxUses']);
    expect(fieldsOf({ eventTypeId: 'a', maxUses: '2' })).toEqual(['maxUses']);
    expect(fieldsOf({ eventTypeId: 'a', expiresAt: 'tomorrow' })).toEqual(['expiresAt']);
    expect(fieldsOf({ eventTypeId: 'a', expiresAt: '2026-03-10T10:00:00' })).toEqual(['expiresAt']);
    expect(fieldsOf({ eventTypeId: 'a', contact: 'Ada' })).toEqual(['contact']);
    expect(fieldsOf({ eventTypeId: 'a', overrides: [] })).toEqual(['overrides']);
    expect(fieldsOf({ eventTypeId: 'a', note: 5 })).toEqual(['note']);
    expect(fieldsOf({ eventTypeId: 'a', note: 'a\u0000b' })).toEqual(['note']);
    expect(fieldsOf({ eventTypeId: 'a', maxuses: 2, token: 'mine' })).toEqual(['maxuses', 'token']);
    expect(fieldsOf({ maxUses: 0.5, note: 1 })).toEqual(['eventTypeId', 'maxUses', 'note']);
  });

  it('refuses an expiry that is not in the future', () => {
    const past = parseMintLinkBody({ eventTypeId: 'a', expiresAt: '2026-03-01T00:00:00.000Z' }, now);
    expect(past).toEqual({ ok: false, fields: [{ field: 'expiresAt', message: 'must be in the future' }] });
    expect(fieldsOf({ eventTypeId: 'a', expiresAt: now.toISOString() })).toEqual(['expiresAt']);
    expect(fieldsOf({ eventTypeId: 'a', expiresAt: '2026-03-02T08:00:00.001Z' })).toEqual([]);
  });
});

describe('parseMintLinkBody with the link rules', () => {
  it('names the link rules\' problems together with its own', () => {
    const parsed = parseMintLinkBody({ eventTypeId: 'a', maxUses: 0, expiresAt: '2020-01-01T00:00:00Z', contact: { email: 'nope' }, overrides: { durationMinutes: 1, colour: 'red' } }, now);
    expect(parsed.ok).toBe(false);
    const fields = parsed.ok ? [] : parsed.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['expiresAt', 'maxUses', 'contact.email', 'overrides.durationMinutes']));
    expect(fields.some((f) => f.startsWith('overrides') && f.includes('colour'))).toBe(true);
    expect(new Set(fields).size).toBe(fields.length);
  });
});
