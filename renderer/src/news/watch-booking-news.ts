// renderer: tells the host the moment a link gets booked: a system notification through the
// platform (and an in-app one), for every booking the server sends that is news.
import { notifications } from '@mantine/notifications';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import type { AppDatabase } from '../db/app-database-types.ts';
import type { Platform } from '../platform/platform.ts';
import { stripRxdbInternals } from '../db/strip-rxdb-internals.ts';
import { bookingNotification, isBookingNews } from './booking-news.ts';

export function watchBookingNews(db: AppDatabase, platform: Pick<Platform, 'notify'>, timezone: string, sessionOpenedAt: number = Date.now()): () => void {
  const subscription = db.bookings.$.subscribe((event) => {
    if (event.operation !== 'INSERT') return;
    const booking = stripRxdbInternals(event.documentData) as BookingDoc;
    if (!isBookingNews(booking, sessionOpenedAt)) return;
    const message = bookingNotification(booking, timezone);
    notifications.show({ title: message.title, message: message.body, color: 'teal', autoClose: 10_000 });
    platform.notify(message).catch(() => {
      // Notifications turned off or refused: the in-app one and the live list still tell.
    });
  });
  return () => subscription.unsubscribe();
}
