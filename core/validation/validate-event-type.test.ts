// Runs in tests. Event types: each kind of bad input is rejected with its field named.
import { describe, expect, it } from 'vitest';
import type { EventTypeDoc } from '../schemas/index.ts';
import { makeAvailability, makeEventType } from '../testing/fixtures.ts';
import { errorFields, errorFor } from '../testing/validation-helpers.ts';
import { validateEventType } from './validate-event-type.ts';

type Loose = Record<string, unknown>;
type Mutation = (doc: EventTypeDoc & Loose) => void;

const cases: [string, Mutation, string, RegExp][] = [
  ['wrong type', (d) => { (d as Loose).name = 42; }, 'name', /^must be a string$/],
  ['a day limit of zero', (d) => { d.maxBookingsPerDay = 0; }, 'maxBookingsPerDay', /at least 1/],
  ['a fractional week limit', (d) => { d.maxBookingsPerWeek = 2.5; }, 'maxBookingsPerWeek', /whole number or null/],
  ['a reminder at another time', (d) => { d.reminderMinutes = 30 as never; }, 'reminderMinutes', /must be one of 60, 1440 or null/],
  ['missing required field', (d) => { delete (d as Loose).slug; }, 'slug', /^is required$/],
  ['unknown top-level field', (d) => { d.color = 'red'; }, 'color', /not a known field/],
  ['unknown nested field', (d) => { (d.location as Loose).url = 'x'; }, 'location.url', /not a known field/],
  ['too long name', (d) => { d.name = 'x'.repeat(201); }, 'name', /at most 200 characters/],
  ['too long description', (d) => { d.description = 'x'.repeat(5001); }, 'description', /at most 5000 characters/],
  ['blank name', (d) => { d.name = '   '; }, 'name', /must not be blank/],
  ['empty id', (d) => { d.id = ''; }, 'id', /must not be blank/],
  ['slug with capitals and spaces', (d) => { d.slug = 'Intro Call'; }, 'slug', /lowercase letters, digits/],
  ['slug with a double hyphen', (d) => { d.slug = 'intro--call'; }, 'slug', /single hyphens/],
  ['bad location kind', (d) => { (d.location as Loose).kind = 'zoom'; }, 'location.kind', /must be one of "video"/],
  ['fractional duration', (d) => { d.durationMinutes = 30.5; }, 'durationMinutes', /whole number/],
  ['duration below minimum', (d) => { d.durationMinutes = 0; }, 'durationMinutes', /at least 5/],
  ['horizon above maximum', (d) => { d.horizonDays = 1000; }, 'horizonDays', /at most 730/],
  ['negative buffer', (d) => { d.bufferAfterMinutes = -5; }, 'bufferAfterMinutes', /at least 0/],
  ['string boolean', (d) => { (d as Loose).publicBooking = 'yes'; }, 'publicBooking', /true or false/],
  ['unknown time zone', (d) => { d.availability.timezone = 'Mars/Olympus'; }, 'availability.timezone', /IANA time zone/],
  ['UTC offset instead of a zone', (d) => { d.availability.timezone = '+01:00'; }, 'availability.timezone', /IANA time zone/],
  ['clock time without leading zero', (d) => { d.availability.weekly.mon = [{ start: '9:00', end: '17:00' }]; }, 'availability.weekly.mon.0.start', /HH:mm/],
  ['clock time past midnight', (d) => { d.availability.weekly.mon = [{ start: '09:00', end: '24:30' }]; }, 'availability.weekly.mon.0.end', /HH:mm/],
  ['interval ending before it starts', (d) => { d.availability.weekly.tue = [{ start: '17:00', end: '09:00' }]; }, 'availability.weekly.tue.0.end', /later than the start \(17:00\)/],
  ['empty interval', (d) => { d.availability.weekly.tue = [{ start: '09:00', end: '09:00' }]; }, 'availability.weekly.tue.0.end', /later than the start/],
  ['overlapping intervals', (d) => { d.availability.weekly.wed = [{ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' }]; }, 'availability.weekly.wed.1.start', /overlaps the previous interval \(09:00–12:00\)/],
  ['unsorted intervals', (d) => { d.availability.weekly.thu = [{ start: '13:00', end: '17:00' }, { start: '09:00', end: '12:00' }]; }, 'availability.weekly.thu.1.start', /sort the intervals/],
  ['interval with an extra field', (d) => { d.availability.weekly.fri = [{ start: '09:00', end: '10:00', label: 'x' } as never]; }, 'availability.weekly.fri.0.label', /not a known field/],
  ['missing weekday', (d) => { delete (d.availability.weekly as Loose).sun; }, 'availability.weekly.sun', /is required/],
  ['too many intervals in a day', (d) => { d.availability.weekly.sat = Array.from({ length: 25 }, (_, i) => ({ start: `${String(i % 24).padStart(2, '0')}:00`, end: `${String(i % 24).padStart(2, '0')}:30` })); }, 'availability.weekly.sat', /at most 24 items/],
  ['override on a date that does not exist', (d) => { d.availability.overrides = [{ date: '2026-02-30', intervals: [] }]; }, 'availability.overrides.0.date', /real calendar date/],
  ['override date in another format', (d) => { d.availability.overrides = [{ date: '2026/03/01', intervals: [] }]; }, 'availability.overrides.0.date', /YYYY-MM-DD/],
  ['override date given twice', (d) => { d.availability.overrides = [{ date: '2026-03-10', intervals: [] }, { date: '2026-03-10', intervals: [] }]; }, 'availability.overrides.1.date', /repeats the override for 2026-03-10/],
  ['overlapping override intervals', (d) => { d.availability.overrides = [{ date: '2026-03-10', intervals: [{ start: '08:00', end: '10:00' }, { start: '09:30', end: '11:00' }] }]; }, 'availability.overrides.0.intervals.1.start', /overlaps/],
  ['override without intervals field', (d) => { d.availability.overrides = [{ date: '2026-03-10' } as never]; }, 'availability.overrides.0.intervals', /is required/],
  ['timestamp that is not ISO', (d) => { d.createdAt = 'yesterday'; }, 'createdAt', /ISO-8601 UTC time/],
  ['timestamp without milliseconds', (d) => { d.updatedAt = '2026-03-02T08:00:00Z'; }, 'updatedAt', /ISO-8601 UTC time/],
  ['timestamp with an offset', (d) => { d.updatedAt = '2026-03-02T09:00:00.000+01:00'; }, 'updatedAt', /ISO-8601 UTC time/],
  ['timestamp on a day that does not exist', (d) => { d.createdAt = '2026-02-29T08:00:00.000Z'; }, 'createdAt', /ISO-8601 UTC time/],
  ['non-boolean _deleted', (d) => { d._deleted = 'no'; }, '_deleted', /true or false/],
];

describe('validateEventType', () => {
  it('accepts the fixture and returns it', () => {
    const doc = makeEventType();
    expect(validateEventType(doc)).toEqual({ ok: true, value: doc });
  });

  it('accepts meeting limits and reminders, and a type stored before they existed', () => {
    expect(validateEventType(makeEventType({ maxBookingsPerDay: 1, maxBookingsPerWeek: 5000, reminderMinutes: 1440 })).ok).toBe(true);
    expect(validateEventType(makeEventType({ reminderMinutes: 60 })).ok).toBe(true);
    const old = makeEventType() as EventTypeDoc & Loose;
    delete old.maxBookingsPerDay;
    delete old.maxBookingsPerWeek;
    delete old.reminderMinutes;
    expect(validateEventType(old).ok).toBe(true);
  });

  it.each(cases)('rejects %s', (_label, mutate, field, message) => {
    const doc = makeEventType() as EventTypeDoc & Loose;
    mutate(doc);
    const result = validateEventType(doc);
    expect(result.ok).toBe(false);
    expect(errorFields(result)).toContain(field);
    expect(errorFor(result, field)).toMatch(message);
  });

  it.each([null, 'event', 42, [], undefined])('rejects a non-object (%s) at the root', (input) => {
    const result = validateEventType(input);
    expect(result).toEqual({ ok: false, errors: [{ field: '', message: 'must be an object' }] });
  });

  it('accepts what RxDB adds: _deleted, _meta, _rev, _attachments', () => {
    const doc = { ...makeEventType(), _deleted: true, _meta: { lwt: 1 }, _rev: '1-abc', _attachments: {} };
    expect(validateEventType(doc).ok).toBe(true);
  });

  it('accepts adjacent intervals, an end of 24:00, blocked days and override intervals', () => {
    const doc = makeEventType({
      availability: makeAvailability({
        timezone: 'America/New_York',
        weekly: {
          mon: [{ start: '00:00', end: '12:00' }, { start: '12:00', end: '24:00' }],
          tue: [], wed: [], thu: [], fri: [], sat: [], sun: [{ start: '23:30', end: '24:00' }],
        },
        overrides: [
          { date: '2026-12-25', intervals: [] },
          { date: '2028-02-29', intervals: [{ start: '10:00', end: '11:00' }, { start: '14:00', end: '15:00' }] },
        ],
      }),
    });
    expect(validateEventType(doc)).toEqual({ ok: true, value: doc });
  });

  it('reports every broken field at once and one message per field', () => {
    const doc = makeEventType({ name: '', slug: 'BAD', durationMinutes: 1 });
    doc.availability.timezone = 'Nowhere/Special';
    const result = validateEventType(doc);
    expect(errorFields(result).sort()).toEqual(['availability.timezone', 'durationMinutes', 'name', 'slug']);
  });

  it('does not pile a semantic message on top of a structural one', () => {
    const doc = makeEventType();
    doc.availability.timezone = 'X'.repeat(65);
    const result = validateEventType(doc);
    expect(result.ok ? [] : result.errors).toEqual([{ field: 'availability.timezone', message: 'must be at most 64 characters' }]);
  });
});
