// Runs anywhere (shared). The validator of a collection by name, for code that handles all four
// (the server's push endpoint, replication tests).
import type { CollectionDocs, CollectionName } from '../schemas/index.ts';
import type { TimeZoneCheck } from './create-time-zone-check.ts';
import type { ValidationResult } from './field-error.ts';
import { validateBooking } from './validate-booking.ts';
import { validateCalendarFeed } from './validate-calendar-feed.ts';
import { validateEventType } from './validate-event-type.ts';
import { validateLink } from './validate-link.ts';
import { isValidTimeZone } from './is-valid-time-zone.ts';

const validators: { [C in CollectionName]: (input: unknown, isZone: TimeZoneCheck) => ValidationResult<CollectionDocs[C]> } = {
  event_types: validateEventType,
  links: validateLink,
  bookings: validateBooking,
  calendar_feeds: validateCalendarFeed,
};

/** `isZone`: how time zones are checked (see TimeZoneCheck); the server passes its remembering one. */
export function validateDocument<C extends CollectionName>(collection: C, input: unknown, isZone: TimeZoneCheck = isValidTimeZone): ValidationResult<CollectionDocs[C]> {
  if (!Object.hasOwn(validators, collection)) throw new TypeError(`unknown collection: ${String(collection)}`);
  return validators[collection](input, isZone);
}
