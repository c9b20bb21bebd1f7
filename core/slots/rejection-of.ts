// Runs anywhere (shared). Whether a candidate start is open: the second half of the slot rule
// (see generate-candidates.ts), shared by listOpenSlots and checkBookableStart.
import type { BusyIndex } from './busy-index.ts';
import { overlapsBusy } from './busy-index.ts';
import type { CompiledLimits } from './compile-limits.ts';
import type { CompiledRules } from './compile-rules.ts';
import { exceedsMeetingLimits } from './exceeds-meeting-limits.ts';

export type CandidateRejection = 'too_soon' | 'beyond_horizon' | 'conflict' | 'limit_reached';

/** null when open; otherwise why not. `now` in epoch ms; `limits` null when the event type has none. */
export function rejectionOf(start: number, rules: CompiledRules, busy: BusyIndex, now: number, limits: CompiledLimits | null = null): CandidateRejection | null {
  if (start < now + rules.noticeMs) return 'too_soon';
  if (start >= now + rules.horizonMs) return 'beyond_horizon';
  const blockedFrom = start - rules.bufferBeforeMs;
  const blockedUntil = start + rules.durationMs + rules.bufferAfterMs;
  if (overlapsBusy(busy, blockedFrom, blockedUntil)) return 'conflict';
  return limits !== null && exceedsMeetingLimits(start, limits) ? 'limit_reached' : null;
}
