// Runs in tests. Bookings: each kind of bad input is rejected with its field named.
import { describe, expect, it } from 'vitest';
import type { BookingDoc } from '../schemas/index.ts';
import { makeBooking } from '../testing/fixtures.ts';
import { errorFields, errorFor } from '../testing/validation-helpers.ts';
import { validateBooking } from './validate-booking.ts';

type Loose = Record<string, unknown>;
type Mutation = (doc: BookingDoc & Loose) => void;

const cases: [string, Mutation, string, RegExp][] = [
  ['end before start', (d) => { d.end = '2026-03-03T08:00:00.000Z'; }, 'end', /later than start/],
  ['end equal to start', (d) => { d.end = d.start; }, 'end', /later than start/],
  ['start that is not ISO', (d) => { d.start = '3 March 2026 10:00'; }, 'start', /ISO-8601 UTC time/],
  ['start with an offset', (d) => { d.start = '2026-03-03T10:00:00.000+01:00'; }, 'start', /ISO-8601 UTC time/],
  ['unknown status', (d) => { (d as Loose).status = 'pending'; }, 'status', /one of "confirmed" or "canceled"/],
  ['canceled without canceledAt', (d) => { d.status = 'canceled'; d.canceledBy = 'host'; }, 'canceledAt', /required when the booking is canceled/],
  ['canceled without canceledBy', (d) => { d.status = 'canceled'; d.canceledAt = d.updatedAt; }, 'canceledBy', /required when the booking is canceled/],
  ['confirmed with canceledAt', (d) => { d.canceledAt = d.updatedAt; }, 'canceledAt', /null while the booking is confirmed/],
  ['confirmed with canceledBy', (d) => { d.canceledBy = 'invitee'; }, 'canceledBy', /null while the booking is confirmed/],
  ['unknown canceledBy', (d) => { d.status = 'canceled'; d.canceledAt = d.updatedAt; (d as Loose).canceledBy = 'admin'; }, 'canceledBy', /one of "host", "invitee" or null/],
  ['canceledAt that is not ISO', (d) => { d.status = 'canceled'; d.canceledBy = 'host'; d.canceledAt = 'now'; }, 'canceledAt', /ISO-8601 UTC time/],
  ['invitee in an unknown zone', (d) => { d.invitee.timezone = 'Berlin'; }, 'invitee.timezone', /IANA time zone/],
  ['invitee with an implausible email', (d) => { d.invitee.email = 'ada@localhost'; }, 'invitee.email', /email address/],
  ['invitee with an empty email', (d) => { d.invitee.email = ''; }, 'invitee.email', /email address/],
  ['invitee with a blank name', (d) => { d.invitee.name = ' '; }, 'invitee.name', /must not be blank/],
  ['invitee without notes', (d) => { delete (d.invitee as Loose).notes; }, 'invitee.notes', /is required/],
  ['invitee with too long notes', (d) => { d.invitee.notes = 'x'.repeat(2001); }, 'invitee.notes', /at most 2000 characters/],
  ['linkId of the wrong type', (d) => { (d as Loose).linkId = 5; }, 'linkId', /string or null/],
  ['too long cancel reason', (d) => { d.cancelReason = 'x'.repeat(2001); }, 'cancelReason', /at most 2000 characters/],
  ['missing location', (d) => { delete (d as Loose).location; }, 'location', /is required/],
  ['unknown top-level field', (d) => { d.manageToken = 'x'; }, 'manageToken', /not a known field/],
  ['a confirmed booking marked as replaced', (d) => { d.rescheduledToId = 'b-2'; }, 'rescheduledToId', /only on a canceled booking/],
  ['a reschedule id that is not a string', (d) => { (d as Loose).rescheduledFromId = 7; }, 'rescheduledFromId', /must be a string or null/],
];

describe('validateBooking', () => {
  it('accepts the fixture and returns it', () => {
    const doc = makeBooking();
    expect(validateBooking(doc)).toEqual({ ok: true, value: doc });
  });

  it.each(cases)('rejects %s', (_label, mutate, field, message) => {
    const doc = makeBooking() as BookingDoc & Loose;
    mutate(doc);
    const result = validateBooking(doc);
    expect(result.ok).toBe(false);
    expect(errorFields(result)).toContain(field);
    expect(errorFor(result, field)).toMatch(message);
  });

  it('accepts canceled bookings by host and invitee, and bookings from a link', () => {
    expect(validateBooking(makeBooking({ status: 'canceled' })).ok).toBe(true);
    expect(validateBooking(makeBooking({ status: 'canceled', canceledBy: 'invitee', cancelReason: 'Sick' })).ok).toBe(true);
    expect(validateBooking(makeBooking({ linkId: 'l-1', _deleted: false } as Partial<BookingDoc>)).ok).toBe(true);
  });

  it('accepts both ends of a reschedule, and a booking stored before the reschedule fields existed', () => {
    expect(validateBooking(makeBooking({ status: 'canceled', canceledBy: 'invitee', cancelReason: 'rescheduled', rescheduledToId: 'b-2' })).ok).toBe(true);
    expect(validateBooking(makeBooking({ rescheduledFromId: 'b-1' })).ok).toBe(true);
    const old = makeBooking() as BookingDoc & Loose;
    delete old.rescheduledFromId;
    delete old.rescheduledToId;
    expect(validateBooking(old).ok).toBe(true);
  });
});
