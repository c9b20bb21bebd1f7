// Runs anywhere (shared). The data contract: the four replicated collections (ARCHITECTURE.md, "The data contract").
import type { BookingDoc } from './booking-schema.ts';
import type { CalendarFeedDoc } from './calendar-feed-schema.ts';
import { calendarFeedSchema } from './calendar-feed-schema.ts';
import { bookingSchema } from './booking-schema.ts';
import type { EventTypeDoc } from './event-type-schema.ts';
import { eventTypeSchema } from './event-type-schema.ts';
import type { LinkDoc } from './link-schema.ts';
import { linkSchema } from './link-schema.ts';

export * from './booking-schema.ts';
export * from './calendar-feed-schema.ts';
export * from './edit-stamps-schema.ts';
export * from './event-type-schema.ts';
export * from './limits.ts';
export * from './link-schema.ts';
export * from './shared-parts.ts';

export type Availability = EventTypeDoc['availability'];
export type WeeklyAvailability = Availability['weekly'];
export type Weekday = keyof WeeklyAvailability;
export type TimeInterval = WeeklyAvailability['mon'][number];
export type DateOverride = Availability['overrides'][number];
export type MeetingLocation = EventTypeDoc['location'];
export type LocationKind = MeetingLocation['kind'];
export type Invitee = BookingDoc['invitee'];

export const COLLECTION_NAMES = ['event_types', 'links', 'bookings', 'calendar_feeds'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** The document type stored in each collection. */
export interface CollectionDocs {
  event_types: EventTypeDoc;
  links: LinkDoc;
  bookings: BookingDoc;
  calendar_feeds: CalendarFeedDoc;
}

/** A document as it travels over replication: RxDB adds `_deleted` to every document. */
export type Replicated<T> = T & { _deleted: boolean };

export const collectionSchemas = {
  event_types: eventTypeSchema,
  links: linkSchema,
  bookings: bookingSchema,
  calendar_feeds: calendarFeedSchema,
} as const;

export function isCollectionName(value: string): value is CollectionName {
  return (COLLECTION_NAMES as readonly string[]).includes(value);
}
