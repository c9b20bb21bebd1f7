// Runs on the server. A booking target's meeting limits as core reads them: the event type's
// maximums, counted in the host's time zone (DESIGN.md, "Meeting limits"). Event types stored
// before the limits existed have none.
import type { LimitSettings } from '../../../core/slots/index.ts';
import type { BookingTarget } from './booking-target.ts';

export function limitSettingsOf(target: Pick<BookingTarget, 'host' | 'eventType'>): LimitSettings {
  return {
    timezone: target.host.timezone,
    maxPerDay: target.eventType.maxBookingsPerDay ?? null,
    maxPerWeek: target.eventType.maxBookingsPerWeek ?? null,
  };
}
