// test (renderer, pure): which bookings make news, and what the notification says.
import { describe, expect, it } from 'vitest';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { bookingNotification, isBookingNews, NEWS_GRACE_MS } from './booking-news.ts';

const opened = Date.parse('2026-12-01T10:00:00.000Z');

describe('isBookingNews', () => {
  it('counts confirmed bookings made since the session opened (with a little grace)', () => {
    expect(isBookingNews({ status: 'confirmed', createdAt: '2026-12-01T10:05:00.000Z' }, opened)).toBe(true);
    expect(isBookingNews({ status: 'confirmed', createdAt: new Date(opened - NEWS_GRACE_MS).toISOString() }, opened)).toBe(true);
  });

  it('ignores history pulled after sign-in and canceled bookings', () => {
    expect(isBookingNews({ status: 'confirmed', createdAt: '2026-11-20T10:00:00.000Z' }, opened)).toBe(false);
    expect(isBookingNews({ status: 'canceled', createdAt: '2026-12-01T10:05:00.000Z' }, opened)).toBe(false);
  });
});

describe('bookingNotification', () => {
  it('names the invitee, the event and the time in the host zone', () => {
    const booking = {
      eventName: 'Intro call',
      start: '2026-12-02T09:00:00.000Z',
      invitee: { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/London', notes: '' },
    } as BookingDoc;
    expect(bookingNotification(booking, 'Europe/Berlin', new Date(opened))).toEqual({
      title: 'New booking: Intro call',
      body: 'Ada Lovelace booked Wed, Dec 2, 10:00.',
    });
  });
});
