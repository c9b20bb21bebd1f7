// Runs on the server. The server's one memory of the time zones Intl knows: every booking, page
// view and slots request checks the invitee's zone and the host's, and every pushed event type its
// own; asking Intl afresh (building a DateTimeFormat, about 0.1 ms) was the dearest step of
// building a booking page and of validating a booking. Every core validator the server calls is
// handed this check. Bounded, positive answers
// only (core/validation/create-time-zone-check.ts), so invitees' strings cannot grow it.
import { createTimeZoneCheck } from '../../../core/validation/create-time-zone-check.ts';

export const isKnownTimeZone = createTimeZoneCheck();
