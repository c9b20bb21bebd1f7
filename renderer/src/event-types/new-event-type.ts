// renderer: a fresh event type for the "New event type" form: 30 minutes over video, weekdays
// 09:00–17:00 in the host's zone, and sensible booking rules. Only the name is left to the host.
import type { Availability, EventTypeDoc } from '../../../core/schemas/index.ts';
import { generateId } from '../../../core/tokens/index.ts';

export interface NewEventTypeOptions {
  /** The host's IANA time zone: the weekly hours are meant in it. */
  timezone: string;
  now?: Date;
}

export function defaultAvailability(timezone: string): Availability {
  const workday = () => [{ start: '09:00', end: '17:00' }];
  return { timezone, weekly: { mon: workday(), tue: workday(), wed: workday(), thu: workday(), fri: workday(), sat: [], sun: [] }, overrides: [] };
}

export function newEventType({ timezone, now = new Date() }: NewEventTypeOptions): EventTypeDoc {
  const at = now.toISOString();
  return {
    id: generateId(),
    name: '',
    slug: '',
    description: '',
    durationMinutes: 30,
    location: { kind: 'video', details: '' },
    availability: defaultAvailability(timezone),
    minNoticeMinutes: 240,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    horizonDays: 60,
    slotStepMinutes: 30,
    publicBooking: true,
    archived: false,
    maxBookingsPerDay: null,
    maxBookingsPerWeek: null,
    reminderMinutes: null,
    createdAt: at,
    updatedAt: at,
  };
}
