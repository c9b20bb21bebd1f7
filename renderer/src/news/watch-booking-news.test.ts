// test (renderer): the news watcher on a stand-in for the bookings collection's change stream: a
// new booking and an invitee's cancel each make an in-app notice and a platform notification; a
// host's own cancel and history make none.
import { Subject } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import { makeBooking } from '../../../core/testing/fixtures.ts';
import type { NotificationRequest } from '../../../electron/contract/desktop-api.ts';
import type { AppDatabase } from '../db/app-database-types.ts';

const shown = vi.hoisted(() => [] as Array<{ title: unknown; message: unknown }>);
vi.mock('@mantine/notifications', () => ({ notifications: { show: (notice: { title: unknown; message: unknown }) => shown.push(notice) } }));

const { watchBookingNews } = await import('./watch-booking-news.ts');

type ChangeEvent = { operation: 'INSERT' | 'UPDATE'; documentData: BookingDoc; previousDocumentData: BookingDoc | undefined };

function watch() {
  const changes = new Subject<ChangeEvent>();
  const told: NotificationRequest[] = [];
  const db = { bookings: { $: changes } } as unknown as AppDatabase;
  const stop = watchBookingNews(db, { notify: async (message) => { told.push(message); } }, 'Europe/Berlin', Date.parse('2026-03-01T09:00:00.000Z'));
  return { changes, told, stop };
}

afterEach(() => {
  shown.length = 0;
});

describe('watchBookingNews', () => {
  const confirmed = makeBooking({ createdAt: '2026-03-01T09:05:00.000Z', invitee: { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/London', notes: '' } });
  const canceledBy = (who: 'host' | 'invitee'): BookingDoc => ({ ...confirmed, status: 'canceled', canceledBy: who, canceledAt: '2026-03-02T08:00:00.000Z', cancelReason: who === 'invitee' ? 'Sick' : '' });

  it('tells of a new booking', () => {
    const { changes, told, stop } = watch();
    changes.next({ operation: 'INSERT', documentData: confirmed, previousDocumentData: undefined });
    stop();
    expect(told.map((m) => m.title)).toEqual(['New booking: Intro call']);
    expect(shown.map((m) => m.title)).toEqual(['New booking: Intro call']);
  });

  it('tells when the invitee cancels a booking it saw confirmed, in the app and through the platform', () => {
    const { changes, told, stop } = watch();
    changes.next({ operation: 'UPDATE', documentData: canceledBy('invitee'), previousDocumentData: confirmed });
    stop();
    expect(told.map((m) => m.title)).toEqual(['Booking canceled: Intro call']);
    // The year shows only once the booking is not in the current year.
    expect(told[0]?.body).toMatch(/^Ada Lovelace canceled Tue, Mar 3, (2026, )?10:00; the time is open again\. Reason: Sick$/);
    expect(shown.map((m) => m.title)).toEqual(['Booking canceled: Intro call']);
  });

  it("stays quiet for the host's own cancel, for other updates and for canceled history", () => {
    const { changes, told, stop } = watch();
    changes.next({ operation: 'UPDATE', documentData: canceledBy('host'), previousDocumentData: confirmed });
    changes.next({ operation: 'UPDATE', documentData: canceledBy('invitee'), previousDocumentData: canceledBy('invitee') });
    changes.next({ operation: 'INSERT', documentData: canceledBy('invitee'), previousDocumentData: undefined });
    stop();
    expect(told).toEqual([]);
    expect(shown).toEqual([]);
  });
});
