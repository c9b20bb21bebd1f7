// Runs anywhere (shared). The server's question on every booking request: may this start be
// booked now? It runs the same generation and openness rule as listOpenSlots, so the answer is
// "yes" exactly for the instants listOpenSlots offers.
import { buildZoneTimeline } from './build-zone-timeline.ts';
import { indexBusy } from './busy-index.ts';
import { compileLimits } from './compile-limits.ts';
import { compileRules } from './compile-rules.ts';
import { generateCandidates } from './generate-candidates.ts';
import { parseIsoInstant } from '../validation/parse-iso-instant.ts';
import { parseInstant } from './parse-instant.ts';
import { rejectionOf } from './rejection-of.ts';
import { DAY_MS } from './time-units.ts';
import type { StartCheck, StartCheckArgs } from './types.ts';
import { createZoneOffsetCache } from './zone-offset-cache.ts';
import { offsetAt } from './zone-timeline-queries.ts';

/**
 * Failure reasons, most fundamental first: invalid_start (not a strict ISO instant), then
 * outside_availability (no candidate at that instant: off the grid, outside the intervals,
 * a blocked day), then too_soon, beyond_horizon, conflict (with a booking, buffers included),
 * limit_reached (the day or week holds the event type's most bookings).
 * Rules, busy and now are the server's own data: bad ones throw an Error naming the argument.
 */
export function checkBookableStart(args: StartCheckArgs): StartCheck {
  if (typeof args !== 'object' || args === null) throw new Error('args: expected an object');
  const zoneOffsets = args.zoneOffsets ?? createZoneOffsetCache();
  const rules = compileRules(args.rules, 'rules', zoneOffsets);
  const busy = indexBusy(args.busy, 'busy');
  const now = parseInstant(args.now, 'now');
  const start = typeof args.start === 'string' ? parseIsoInstant(args.start) : null;
  if (start === null) return { ok: false, reason: 'invalid_start' };

  // Only the host-local date the start falls on can produce it: a candidate of date D is an
  // instant at which the host's clock shows a time of D (generate-candidates.ts, step 3). So one
  // day is generated, not the whole horizon; this runs on every booking request. The property
  // test "checkBookableStart accepts exactly the offered starts" holds it to listOpenSlots.
  // The timeline spans two days either side: the day's wall-clock hours, shifted by any offset.
  const host = buildZoneTimeline(zoneOffsets, rules.zone, start - 2 * DAY_MS, start + 2 * DAY_MS);
  const local = start + offsetAt(host, start);
  const day = Math.floor(local / DAY_MS);
  // And only the grid time the host's clock shows at the start can be it (step 3 maps a grid
  // time to the instants the clock shows it), so the walk is one wall-clock time, not the day.
  if (!generateCandidates(rules, host, day, day, local - day * DAY_MS).includes(start)) return { ok: false, reason: 'outside_availability' };
  const limits = compileLimits(args.limits, start - 2 * DAY_MS, start + 2 * DAY_MS, zoneOffsets, host);
  const rejection = rejectionOf(start, rules, busy, now, limits);
  if (rejection !== null) return { ok: false, reason: rejection };
  return { ok: true, end: new Date(start + rules.durationMs).toISOString() };
}
