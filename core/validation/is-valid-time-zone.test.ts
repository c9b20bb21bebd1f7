// Runs in tests.
import { describe, expect, it } from 'vitest';
import { createTimeZoneCheck } from './create-time-zone-check.ts';
import { makeAvailability, makeBooking, makeEventType, makeLink } from '../testing/fixtures.ts';
import { isValidTimeZone } from './is-valid-time-zone.ts';
import { validateBookingRequest } from './validate-booking-request.ts';
import { validateDocument } from './validate-document.ts';
import { validateEventType } from './validate-event-type.ts';
import { validateLink } from './validate-link.ts';

describe('isValidTimeZone', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Honolulu', 'Asia/Kolkata', 'UTC', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires'])(
    'accepts %s', (tz) => {
      expect(isValidTimeZone(tz)).toBe(true);
      const check = createTimeZoneCheck();
      expect(check(tz)).toBe(true);
      expect(check(tz)).toBe(true); // from the caller's memory
    },
  );

  it.each(['', 'Mars/Olympus', 'Europe/Berlin ', 'Berlin', '+01:00', '-0500', 'Z', 'x'.repeat(65), 'Europe/Berlin\n'])(
    'rejects %j', (tz) => {
      expect(isValidTimeZone(tz)).toBe(false);
      expect(createTimeZoneCheck()(tz)).toBe(false);
    },
  );

  it('rejects non-strings handed over from untyped code', () => {
    expect(isValidTimeZone(5 as unknown as string)).toBe(false);
  });

  it('a check stays correct after many distinct invalid names, and past its bound', () => {
    const check = createTimeZoneCheck(2);
    for (let i = 0; i < 3000; i++) expect(check(`Nowhere/Place${i}`)).toBe(false);
    for (const tz of ['Europe/Paris', 'Asia/Tokyo', 'America/Denver', 'Europe/Paris']) expect(check(tz)).toBe(true);
    expect(check('Mars/Olympus')).toBe(false);
  });
});

describe('the zone check a caller hands the validators', () => {
  // The server hands its remembering check (sync-server/src/app/known-time-zone.ts); every zone a
  // validator meets must go through it, or a booking asks Intl afresh.
  const asked: string[] = [];
  const recording = (tz: string) => {
    asked.push(tz);
    return tz !== 'Europe/Berlin';
  };

  it('is asked about every zone, and its answer decides', () => {
    const eventType = makeEventType({ availability: makeAvailability({ timezone: 'Europe/Berlin' }) });
    const link = makeLink({ overrides: { availability: makeAvailability({ timezone: 'Europe/Berlin' }) } });
    const booking = makeBooking({ invitee: { ...makeBooking().invitee, timezone: 'Europe/Berlin' } });
    const request = { start: '2027-01-04T09:00:00.000Z', name: 'Ada', email: 'ada@example.com', timezone: 'Europe/Berlin' };
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    for (const result of [
      validateDocument('event_types', { ...eventType, _deleted: false }, recording),
      validateEventType({ ...eventType, _deleted: false }, recording),
      validateLink({ ...link, _deleted: false }, recording),
      validateDocument('bookings', { ...booking, _deleted: false }, recording),
      validateBookingRequest(request, recording),
    ]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((error) => error.field)).toContainEqual(expect.stringMatching(/timezone$/));
    }
    expect(asked).toEqual(Array(5).fill('Europe/Berlin'));
  });
});
