// Runs in tests. Links: each kind of bad input is rejected with its field named.
import { describe, expect, it } from 'vitest';
import type { LinkDoc } from '../schemas/index.ts';
import { makeAvailability, makeLink } from '../testing/fixtures.ts';
import { errorFields, errorFor } from '../testing/validation-helpers.ts';
import { validateLink } from './validate-link.ts';

type Loose = Record<string, unknown>;
type Mutation = (doc: LinkDoc & Loose) => void;

const cases: [string, Mutation, string, RegExp][] = [
  ['too short token', (d) => { d.token = 'abc'; }, 'token', /at least 22 characters/],
  ['too long token', (d) => { d.token = 'a'.repeat(129); }, 'token', /at most 128 characters/],
  ['token with characters outside base64url', (d) => { d.token = `${'a'.repeat(21)}+/=`; }, 'token', /letters, digits, "-" and "_"/],
  ['missing token', (d) => { delete (d as Loose).token; }, 'token', /is required/],
  ['blank event type id', (d) => { d.eventTypeId = ' '; }, 'eventTypeId', /must not be blank/],
  ['zero maxUses', (d) => { d.maxUses = 0; }, 'maxUses', /at least 1/],
  ['string maxUses', (d) => { (d as Loose).maxUses = '1'; }, 'maxUses', /whole number/],
  ['expiry that is not ISO', (d) => { d.expiresAt = 'tomorrow'; }, 'expiresAt', /ISO-8601 UTC time/],
  ['revokedAt of the wrong type', (d) => { (d as Loose).revokedAt = 5; }, 'revokedAt', /^must be a string or null$/],
  ['lastBookedAt that is not ISO', (d) => { d.lastBookedAt = '2026-03-02'; }, 'lastBookedAt', /ISO-8601 UTC time/],
  ['implausible contact email', (d) => { d.contact = { name: 'Bo', email: 'bo-at-example.com' }; }, 'contact.email', /email address/],
  ['contact without name', (d) => { d.contact = { email: '' } as never; }, 'contact.name', /is required/],
  ['contact as a string', (d) => { (d as Loose).contact = 'bo@example.com'; }, 'contact', /must be an object/],
  ['unknown override', (d) => { (d.overrides as Loose).color = 'red'; }, 'overrides.color', /not a known field/],
  ['override duration too short', (d) => { d.overrides = { durationMinutes: 3 }; }, 'overrides.durationMinutes', /at least 5/],
  ['blank override name', (d) => { d.overrides = { name: '  ' }; }, 'overrides.name', /must not be blank/],
  ['override location of unknown kind', (d) => { d.overrides = { location: { kind: 'moon' as never, details: '' } }; }, 'overrides.location.kind', /must be one of/],
  ['override availability in an unknown zone', (d) => { d.overrides = { availability: makeAvailability({ timezone: 'Europe/Atlantis' }) }; }, 'overrides.availability.timezone', /IANA time zone/],
  ['override availability with overlapping intervals', (d) => {
    const availability = makeAvailability();
    availability.weekly.tue = [{ start: '09:00', end: '12:00' }, { start: '10:00', end: '11:00' }];
    d.overrides = { availability };
  }, 'overrides.availability.weekly.tue.1.start', /overlaps/],
  ['override availability with a duplicate date', (d) => {
    d.overrides = { availability: makeAvailability({ overrides: [{ date: '2026-04-01', intervals: [] }, { date: '2026-04-01', intervals: [] }] }) };
  }, 'overrides.availability.overrides.1.date', /repeats/],
  ['too long note', (d) => { d.note = 'x'.repeat(2001); }, 'note', /at most 2000 characters/],
  ['negative useCount', (d) => { d.useCount = -1; }, 'useCount', /at least 0/],
  ['bookingIds not a list', (d) => { (d as Loose).bookingIds = 'b1'; }, 'bookingIds', /must be a list/],
  ['bookingIds item of the wrong type', (d) => { (d as Loose).bookingIds = [7]; }, 'bookingIds.0', /must be a string/],
  ['unknown top-level field', (d) => { d.url = 'https://x'; }, 'url', /not a known field/],
];

describe('validateLink', () => {
  it('accepts the fixture and returns it', () => {
    const doc = makeLink();
    expect(validateLink(doc)).toEqual({ ok: true, value: doc });
  });

  it.each(cases)('rejects %s', (_label, mutate, field, message) => {
    const doc = makeLink() as LinkDoc & Loose;
    mutate(doc);
    const result = validateLink(doc);
    expect(result.ok).toBe(false);
    expect(errorFields(result)).toContain(field);
    expect(errorFor(result, field)).toMatch(message);
  });

  it('accepts a tailored, used, expiring link', () => {
    const doc = makeLink({
      maxUses: 3,
      expiresAt: '2026-04-01T00:00:00.000Z',
      revokedAt: '2026-03-05T12:00:00.000Z',
      overrides: {
        durationMinutes: 45,
        name: 'Follow-up with Bo',
        location: { kind: 'phone', details: '+49 30 1234567' },
        availability: makeAvailability({ timezone: 'Asia/Kolkata', overrides: [{ date: '2026-03-09', intervals: [] }] }),
      },
      contact: { name: 'Bo', email: 'bo@example.org' },
      useCount: 2,
      bookingIds: ['b-1', 'b-2'],
      lastBookedAt: '2026-03-04T10:00:00.000Z',
    });
    expect(validateLink(doc).ok).toBe(true);
  });

  it('does not require useCount <= maxUses: redemption state is the server\'s', () => {
    expect(validateLink(makeLink({ maxUses: 1, useCount: 5 })).ok).toBe(true);
  });

  it('accepts RxDB\'s _deleted and ignores _meta, _rev and _attachments', () => {
    expect(validateLink({ ...makeLink(), _deleted: false, _meta: { lwt: 1 }, _rev: '2-x', _attachments: {} }).ok).toBe(true);
  });
});
