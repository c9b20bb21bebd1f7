// Runs anywhere (shared). Whether a candidate start is open: the second half of the slot rule
// (see generate-candidates.ts), shared by listOpenSlots and checkBookableStart.
import type { BusyIndex } from './busy-index.ts';
import { overlapsBusy } from './busy-index.ts';
import type { CompiledRules } from './compile-rules.ts';

export type CandidateRejection = 'too_soon' | 'beyond_horizon' | 'conflict';

/** null when open; otherwise why not. `now` in epoch ms. */
export function rejectionOf(start: number, rules: CompiledRules, busy: BusyIndex, now: number): CandidateRejection | null {
  if (start < now + rules.noticeMs) return 'too_soon';
  if (start >= now + rules.horizonMs) return 'beyond_horizon';
  const blockedFrom = start - rules.bufferBeforeMs;
  const blockedUntil = start + rules.durationMs + rules.bufferAfterMs;
  return overlapsBusy(busy, blockedFrom, blockedUntil) ? 'conflict' : null;
}
