// Runs anywhere (shared). The availability and slot engine: which times an invitee may book.
// The rule itself is written down in generate-candidates.ts.
export type { BusyInterval, DaySlots, MeetingLimitRange, MeetingLimits, OpenSlots, Slot, SlotQuery, SlotRules, StartCheck, StartCheckArgs, StartRejection } from './types.ts';
export { applyLinkOverrides } from './apply-link-overrides.ts';
export { blockedInterval } from './blocked-interval.ts';
export { checkBookableStart } from './check-bookable-start.ts';
export { countPerLocalDay } from './count-per-local-day.ts';
export { meetingLimitRanges, type LimitSettings } from './meeting-limit-ranges.ts';
export { listOpenSlots } from './list-open-slots.ts';
export { MAX_SLOT_QUERY_DAYS } from './time-units.ts';
export type { ZoneOffsetCache } from './zone-offset-cache.ts';
export { createZoneOffsetCache } from './zone-offset-cache.ts';
