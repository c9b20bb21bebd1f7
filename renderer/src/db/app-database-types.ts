// renderer: the typed shape of the app's RxDB database, shared by every screen and the sync layer.
import type { RxCollection, RxDatabase, RxDocument } from 'rxdb';
import type { BookingDoc, CalendarFeedDoc, CollectionDocs, CollectionName, EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';

export type EventTypeCollection = RxCollection<EventTypeDoc>;
export type LinkCollection = RxCollection<LinkDoc>;
export type BookingCollection = RxCollection<BookingDoc>;
export type CalendarFeedCollection = RxCollection<CalendarFeedDoc>;

export type EventTypeDocument = RxDocument<EventTypeDoc>;
export type LinkDocument = RxDocument<LinkDoc>;
export type BookingDocument = RxDocument<BookingDoc>;

/** One RxDB collection per replicated collection of the data contract (ARCHITECTURE.md). */
export type AppCollections = { [C in CollectionName]: RxCollection<CollectionDocs[C]> };

export type AppDatabase = RxDatabase<AppCollections>;
