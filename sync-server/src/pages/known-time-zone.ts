// Runs on the server. The server's one memory of the time zones Intl knows: every page view and
// slots request checks the invitee's zone and the host's, and asking Intl afresh (building a
// DateTimeFormat) was the dearest step of building a booking page. Bounded, positive answers
// only (core/validation/create-time-zone-check.ts), so invitees' strings cannot grow it.
import { createTimeZoneCheck } from '../../../core/validation/create-time-zone-check.ts';

export const isKnownTimeZone = createTimeZoneCheck();
