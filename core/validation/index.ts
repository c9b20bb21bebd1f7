// Runs anywhere (shared). Input validation: one validator per document kind (the server on push,
// the forms on input) and one for an invitee's booking request. Messages name the field.
export type { FieldError, ValidationResult } from './field-error.ts';
export { formatValidationErrors } from './format-validation-errors.ts';
export { isPlausibleEmail } from './is-plausible-email.ts';
export { createTimeZoneCheck, type TimeZoneCheck } from './create-time-zone-check.ts';
export { isValidTimeZone } from './is-valid-time-zone.ts';
export { isCalendarDate } from './calendar.ts';
export type { TextKind } from './check-text.ts';
export { checkText, FREE_TEXT_MESSAGE, SINGLE_LINE_MESSAGE, textProblem, UNSTORABLE_TEXT_MESSAGE } from './check-text.ts';
export { isStorableText } from './is-storable-text.ts';
export { isCanonicalUtcTime, parseIsoInstant } from './parse-iso-instant.ts';
export { validateBooking } from './validate-booking.ts';
export { FEED_URL_MESSAGE, validateCalendarFeed } from './validate-calendar-feed.ts';
export { isFeedUrl } from './is-feed-url.ts';
export type { BookingRequest } from './validate-booking-request.ts';
export { BOOKING_REQUEST_LIMITS, validateBookingRequest } from './validate-booking-request.ts';
export type { CancelRequest } from './validate-cancel-request.ts';
export { validateCancelRequest } from './validate-cancel-request.ts';
export { validateDocument } from './validate-document.ts';
export { validateEventType } from './validate-event-type.ts';
export { validateLink } from './validate-link.ts';
