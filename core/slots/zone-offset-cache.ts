// Runs anywhere (shared). What the slot engine learns about zones, kept by whoever calls it: the
// server creates one cache at start and passes it to every listOpenSlots / checkBookableStart
// call, so a warm call does no time-zone work at all; a call without one makes a fresh cache
// that lives for that call only. The tz database does not change while a process runs, so the
// cache never goes stale; it is only bounded (the zones come from invitees). See ARCHITECTURE.md
// ("core holds no state").
import { zoneClockFormat } from './zone-offset-at.ts';

export interface OffsetChange {
  /** First instant (epoch ms) at which `offset` applies. */
  readonly at: number;
  readonly offset: number;
}

/** A zone's offsets over one UTC day (zone-day-offsets.ts finds them). */
export interface DayOffsets {
  /** The offset at 00:00:00Z of the day. */
  readonly start: number;
  /** Changes within the day, in order (almost always none). */
  readonly changes: readonly OffsetChange[];
}

export interface ZoneEntry {
  readonly format: Intl.DateTimeFormat;
  /** Day number → the offset at 00:00:00Z of that day. */
  readonly dayStarts: Map<number, number>;
  /** Day number → the offsets over that UTC day. */
  readonly days: Map<number, DayOffsets>;
}

export interface ZoneOffsetCache {
  readonly zones: Map<string, ZoneEntry>;
  /** Remembered values (zones, day starts, days); past `maxEntries` all is forgotten. */
  entries: number;
  readonly maxEntries: number;
}

export const DEFAULT_ZONE_CACHE_ENTRIES = 200_000;

export function createZoneOffsetCache(maxEntries: number = DEFAULT_ZONE_CACHE_ENTRIES): ZoneOffsetCache {
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be a positive integer, got ${maxEntries}`);
  return { zones: new Map(), entries: 0, maxEntries };
}

/** The cache's entry for `zone`, made on first use; throws a RangeError for an unknown zone. */
export function zoneEntry(cache: ZoneOffsetCache, zone: string): ZoneEntry {
  let entry = cache.zones.get(zone);
  if (!entry) {
    entry = { format: zoneClockFormat(zone), dayStarts: new Map(), days: new Map() };
    countCacheEntry(cache);
    cache.zones.set(zone, entry);
  }
  return entry;
}

/**
 * Counts one more remembered value, forgetting everything first when the bound is reached. An
 * entry a caller still holds keeps working after that; it is only no longer reachable.
 */
export function countCacheEntry(cache: ZoneOffsetCache): void {
  if (cache.entries >= cache.maxEntries) {
    cache.zones.clear();
    cache.entries = 0;
  }
  cache.entries += 1;
}
