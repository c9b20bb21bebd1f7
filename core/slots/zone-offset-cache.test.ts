// Runs in tests. The cache the caller owns: what it learns, that answers do not depend on it,
// and its bound.
import { describe, expect, it } from 'vitest';
import { listOpenSlots } from './list-open-slots.ts';
import { makeRules } from './testing/slot-fixtures.ts';
import { dayOffsets } from './zone-day-offsets.ts';
import { createZoneOffsetCache } from './zone-offset-cache.ts';

describe('createZoneOffsetCache', () => {
  it('gives the same offsets as a fresh cache, and the same object on a second ask', () => {
    const cache = createZoneOffsetCache();
    const day = Date.UTC(2026, 2, 29) / 86_400_000;
    const first = dayOffsets(cache, 'Europe/Berlin', day);
    expect(dayOffsets(cache, 'Europe/Berlin', day)).toBe(first);
    expect(dayOffsets(createZoneOffsetCache(), 'Europe/Berlin', day)).toEqual(first);
    expect(first.changes).toEqual([{ at: Date.parse('2026-03-29T01:00:00Z'), offset: 7_200_000 }]);
  });

  it('is what listOpenSlots learns into, with the same answer as without one', () => {
    const cache = createZoneOffsetCache();
    const query = { rules: makeRules({ timezone: 'Europe/Berlin' }), busy: [], from: '2026-03-20', to: '2026-04-05', timezone: 'America/New_York', now: '2026-03-18T12:00:00.000Z' };
    const without = listOpenSlots(query);
    expect(listOpenSlots({ ...query, zoneOffsets: cache })).toEqual(without);
    expect(cache.zones.has('America/New_York')).toBe(true);
    expect(cache.entries).toBeGreaterThan(10);
    expect(listOpenSlots({ ...query, zoneOffsets: cache })).toEqual(without);
  });

  it('forgets everything when its bound is reached, and keeps answering right', () => {
    const cache = createZoneOffsetCache(5);
    for (let day = 20_000; day < 20_010; day += 1) dayOffsets(cache, 'Asia/Tokyo', day);
    expect(cache.entries).toBeLessThanOrEqual(5);
    expect(dayOffsets(cache, 'Asia/Tokyo', 20_005)).toEqual({ start: 9 * 3_600_000, changes: [] });
  });

  it('refuses a bound that is not a positive integer', () => {
    expect(() => createZoneOffsetCache(0)).toThrow(RangeError);
  });
});
