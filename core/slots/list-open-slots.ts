// Runs anywhere (shared). Open slots for an invitee's date range, grouped by the invitee's dates.
// Which instants are open never depends on the invitee's zone (the rule works in the host's
// zone, see generate-candidates.ts); the invitee's zone only decides each slot's date.
import { assertTimeZone } from './assert-time-zone.ts';
import { buildZoneTimeline } from './build-zone-timeline.ts';
import { indexBusy } from './busy-index.ts';
import { compileLimits } from './compile-limits.ts';
import { compileRules } from './compile-rules.ts';
import { formatInstant } from './format-instant.ts';
import { generateCandidates } from './generate-candidates.ts';
import { formatLocalDate, parseLocalDate } from './local-date.ts';
import { parseInstant } from './parse-instant.ts';
import { rejectionOf } from './rejection-of.ts';
import { DAY_MS, MAX_SLOT_QUERY_DAYS } from './time-units.ts';
import type { DaySlots, OpenSlots, SlotQuery } from './types.ts';
import { createZoneOffsetCache } from './zone-offset-cache.ts';
import { offsetAt } from './zone-timeline-queries.ts';

export function listOpenSlots(q: SlotQuery): OpenSlots {
  if (typeof q !== 'object' || q === null) throw new Error('query: expected an object');
  const zoneOffsets = q.zoneOffsets ?? createZoneOffsetCache();
  const rules = compileRules(q.rules, 'rules', zoneOffsets);
  const busy = indexBusy(q.busy, 'busy');
  const timezone = assertTimeZone(q.timezone, 'timezone', zoneOffsets);
  const fromDay = parseLocalDate(q.from, 'from');
  const toDay = parseLocalDate(q.to, 'to');
  if (toDay < fromDay) throw new Error(`to: ${q.to} is before from (${q.from})`);
  if (toDay - fromDay + 1 > MAX_SLOT_QUERY_DAYS) throw new Error(`to: the range may span at most ${MAX_SLOT_QUERY_DAYS} days`);
  const now = parseInstant(q.now, 'now');

  const days: DaySlots[] = [];
  for (let day = fromDay; day <= toDay; day += 1) days.push({ date: formatLocalDate(day), slots: [] });

  // Instants that can have an invitee date in [from, to] (offsets lie within -12 h..+14 h, so a
  // day of margin covers them), narrowed to the notice..horizon window: only there can a slot be
  // open, so only there is it worth generating candidates.
  const lo = Math.max((fromDay - 1) * DAY_MS, now + rules.noticeMs);
  const hi = Math.min((toDay + 2) * DAY_MS, now + rules.horizonMs);
  if (lo >= hi) return { timezone, days };

  const firstHostDay = Math.floor(lo / DAY_MS) - 1;
  const lastHostDay = Math.floor(hi / DAY_MS) + 1;
  const host = buildZoneTimeline(zoneOffsets, rules.zone, (firstHostDay - 1) * DAY_MS, (lastHostDay + 2) * DAY_MS);
  const invitee = timezone === rules.zone ? host : buildZoneTimeline(zoneOffsets, timezone, lo - DAY_MS, hi + DAY_MS);
  const limits = compileLimits(q.limits, (firstHostDay - 1) * DAY_MS, (lastHostDay + 2) * DAY_MS, zoneOffsets, host);
  for (const start of generateCandidates(rules, host, firstHostDay, lastHostDay)) {
    if (start < lo || start >= hi || rejectionOf(start, rules, busy, now, limits) !== null) continue;
    const day = days[Math.floor((start + offsetAt(invitee, start)) / DAY_MS) - fromDay];
    day?.slots.push({ start: formatInstant(start), end: formatInstant(start + rules.durationMs) });
  }
  return { timezone, days };
}
