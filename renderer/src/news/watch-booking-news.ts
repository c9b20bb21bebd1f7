// renderer: tells the host the moment a link gets booked, or an invitee cancels: a system
// notification through the platform (and an in-app one), for every booking change that is news.
import { notifications } from '@mantine/notifications';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import type { NotificationRequest } from '../../../electron/contract/desktop-api.ts';
import type { AppDatabase } from '../db/app-database-types.ts';
import type { Platform } from '../platform/platform.ts';
import { stripRxdbInternals } from '../db/strip-rxdb-internals.ts';
import { bookingNotification, inviteeCancelNotification, isBookingNews, isInviteeCancelNews } from './booking-news.ts';

export function watchBookingNews(db: AppDatabase, platform: Pick<Platform, 'notify'>, timezone: string, sessionOpenedAt: number = Date.now()): () => void {
  const tell = (message: NotificationRequest, color: string) => {
    notifications.show({ title: message.title, message: message.body, color, autoClose: 10_000 });
    platform.notify(message).catch(() => {
      // Notifications turned off or refused: the in-app one and the live list still tell.
    });
  };
  const subscription = db.bookings.$.subscribe((event) => {
    const booking = stripRxdbInternals(event.documentData) as BookingDoc;
    if (event.operation === 'INSERT' && isBookingNews(booking, sessionOpenedAt)) tell(bookingNotification(booking, timezone), 'teal');
    if (event.operation === 'UPDATE' && isInviteeCancelNews(event.previousDocumentData, booking)) tell(inviteeCancelNotification(booking, timezone), 'orange');
  });
  return () => subscription.unsubscribe();
}
