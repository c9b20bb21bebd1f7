// test (renderer, pure): upcoming/past split and the link column's words.
import { describe, expect, it } from 'vitest';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { countConfirmed, describeBookingSource, splitBookings } from './split-bookings.ts';

function booking(id: string, start: string, end: string): BookingDoc {
  return {
    id,
    eventTypeId: 'et',
    linkId: null,
    start,
    end,
    eventName: 'Intro',
    location: { kind: 'video', details: '' },
    invitee: { name: 'Ada', email: 'ada@example.com', timezone: 'Europe/London', notes: '' },
    status: 'confirmed',
    canceledAt: null,
    canceledBy: null,
    cancelReason: '',
    createdAt: start,
    updatedAt: start,
  };
}

describe('splitBookings', () => {
  const now = Date.parse('2026-12-01T10:00:00.000Z');

  it('puts future and running meetings in upcoming (soonest first) and ended ones in past (latest first)', () => {
    const list = [
      booking('late', '2026-12-03T09:00:00.000Z', '2026-12-03T09:30:00.000Z'),
      booking('old', '2026-11-01T09:00:00.000Z', '2026-11-01T09:30:00.000Z'),
      booking('running', '2026-12-01T09:45:00.000Z', '2026-12-01T10:15:00.000Z'),
      booking('recent', '2026-11-30T09:00:00.000Z', '2026-11-30T09:30:00.000Z'),
      booking('ended-now', '2026-12-01T09:30:00.000Z', '2026-12-01T10:00:00.000Z'),
    ];
    const { upcoming, past } = splitBookings(list, now);
    expect(upcoming.map((b) => b.id)).toEqual(['running', 'late']);
    expect(past.map((b) => b.id)).toEqual(['ended-now', 'recent', 'old']);
  });

  it('names the link by its contact, else its note, and the standard link', () => {
    const links = new Map([
      ['a', { contact: { name: 'Grace Hopper', email: 'g@example.com' }, note: 'x' }],
      ['b', { contact: { name: '', email: '' }, note: 'Recruiting call' }],
      ['c', { contact: { name: '', email: '' }, note: '' }],
    ]);
    expect(describeBookingSource(null, links)).toBe('Standard link');
    expect(describeBookingSource('a', links)).toBe('Single-use link · Grace Hopper');
    expect(describeBookingSource('b', links)).toBe('Single-use link · Recruiting call');
    expect(describeBookingSource('c', links)).toBe('Single-use link');
    expect(describeBookingSource('gone', links)).toBe('Single-use link');
  });
});

describe('countConfirmed', () => {
  it('counts only bookings that still stand (the "Upcoming (n)" tab)', () => {
    const kept = booking('kept', '2026-12-03T09:00:00.000Z', '2026-12-03T09:30:00.000Z');
    const dropped = { ...booking('dropped', '2026-12-04T09:00:00.000Z', '2026-12-04T09:30:00.000Z'), status: 'canceled' as const };
    expect(countConfirmed([kept, dropped])).toBe(1);
    expect(countConfirmed([])).toBe(0);
  });
});
