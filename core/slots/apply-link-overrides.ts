// Runs anywhere (shared). A link may tailor an event type's duration and availability; the rest
// of the scheduling rules always come from the event type. (Location and name are the caller's.)
import type { EventTypeDoc, LinkOverrides } from '../schemas/index.ts';
import type { SlotRules } from './types.ts';

export function applyLinkOverrides(eventType: EventTypeDoc, overrides?: LinkOverrides): SlotRules {
  return {
    durationMinutes: overrides?.durationMinutes ?? eventType.durationMinutes,
    availability: overrides?.availability ?? eventType.availability,
    minNoticeMinutes: eventType.minNoticeMinutes,
    bufferBeforeMinutes: eventType.bufferBeforeMinutes,
    bufferAfterMinutes: eventType.bufferAfterMinutes,
    horizonDays: eventType.horizonDays,
    slotStepMinutes: eventType.slotStepMinutes,
  };
}
