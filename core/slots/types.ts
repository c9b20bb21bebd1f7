// Runs anywhere (shared). The public shapes of the availability and slot engine.
import type { Availability } from '../schemas/index.ts';
import type { ZoneOffsetCache } from './zone-offset-cache.ts';

/** The scheduling rules of an event type, after a link's overrides are applied. */
export interface SlotRules {
  durationMinutes: number;
  availability: Availability;
  minNoticeMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  horizonDays: number;
  slotStepMinutes: number;
}

/** A time range a confirmed booking blocks on the host's calendar, buffers INCLUDED. ISO UTC strings. */
export interface BusyInterval {
  start: string;
  end: string;
}

/**
 * An event type's meeting limits (null = none) with the confirmed bookings of that event type per
 * local date of the host (`YYYY-MM-DD` in `timezone` → count; canceled ones not counted). A day
 * that holds `maxPerDay` offers no slot, nor does any day of a week (Monday to Sunday) that holds
 * `maxPerWeek`.
 */
export interface MeetingLimits {
  /** The host's IANA zone: days and weeks are the host's. */
  timezone: string;
  maxPerDay: number | null;
  maxPerWeek: number | null;
  bookedPerDay: Readonly<Record<string, number>>;
}

/** A range a limit is counted over (meeting-limit-ranges.ts): at most `max` bookings start in [start, end). */
export interface MeetingLimitRange {
  start: string;
  end: string;
  max: number;
}

export interface SlotQuery {
  rules: SlotRules;
  busy: readonly BusyInterval[];
  /** The meeting limits and the counts they are held to; none when absent. */
  limits?: MeetingLimits;
  /** First date, `YYYY-MM-DD` in `timezone`. */
  from: string;
  /** Last date (inclusive), `YYYY-MM-DD` in `timezone`. */
  to: string;
  /** The invitee's IANA time zone: slots are grouped by dates in this zone. */
  timezone: string;
  now: string | Date;
  /** Zone offsets learned by earlier calls (createZoneOffsetCache); without it, this call learns them afresh. */
  zoneOffsets?: ZoneOffsetCache;
}

/** One open slot: ISO UTC instants with milliseconds (`2026-12-01T09:00:00.000Z`). */
export interface Slot {
  start: string;
  end: string;
}

export interface DaySlots {
  date: string;
  slots: Slot[];
}

export interface OpenSlots {
  timezone: string;
  days: DaySlots[];
}

export type StartRejection = 'outside_availability' | 'too_soon' | 'beyond_horizon' | 'conflict' | 'limit_reached' | 'invalid_start';

export type StartCheck = { ok: true; end: string } | { ok: false; reason: StartRejection };

export interface StartCheckArgs {
  rules: SlotRules;
  busy: readonly BusyInterval[];
  /** As in SlotQuery. */
  limits?: MeetingLimits;
  start: string;
  now: string | Date;
  /** As in SlotQuery. */
  zoneOffsets?: ZoneOffsetCache;
}
