// Runs on the server. The zones the booking page offers, from @vvo/tzdb (a maintained list, not a
// hand-kept table): one entry per group of zones that keep the same time today, under its
// canonical name (Asia/Kolkata, Europe/Kyiv; never the legacy Asia/Calcutta or Europe/Kiev that
// Intl may still report), with the current UTC offset and the main cities.
import { getTimeZones } from '@vvo/tzdb';

export interface ZoneEntry {
  /** The canonical IANA name, the option's value. */
  name: string;
  /** Minutes east of UTC right now (daylight saving included). */
  offsetMinutes: number;
  mainCities: readonly string[];
}

export interface ZoneCatalog {
  /** Ordered as a picker lists them: by current offset, then by name. */
  zones: readonly ZoneEntry[];
  /** Every name of a group (aliases and legacy names included) → the group's canonical name. */
  canonicalOf: ReadonlyMap<string, string>;
}

const HOUR_MS = 3_600_000;

function buildCatalog(nowMs: number): ZoneCatalog {
  // UTC comes as 'Etc/UTC', which the pages (and the zones hosts already chose) call 'UTC'.
  const raw = getTimeZones({ includeUtc: true, date: new Date(nowMs) });
  const canonicalOf = new Map<string, string>();
  const zones: ZoneEntry[] = raw.map((zone) => {
    const name = zone.name === 'Etc/UTC' ? 'UTC' : zone.name;
    for (const member of zone.group) canonicalOf.set(member, name);
    canonicalOf.set(name, name);
    return { name, offsetMinutes: zone.currentTimeOffsetInMinutes, mainCities: zone.mainCities.filter((city) => city !== '') };
  });
  zones.sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.name.localeCompare(b.name));
  return { zones, canonicalOf };
}

let cached: { hour: number; catalog: ZoneCatalog } | null = null;

/**
 * The catalog of this hour: offsets move with daylight saving, so it is rebuilt when the hour
 * changes (every change happens on an hour or half hour; a label is at most an hour late).
 */
export function zoneCatalog(nowMs: number = Date.now()): ZoneCatalog {
  const hour = Math.floor(nowMs / HOUR_MS);
  if (cached?.hour !== hour) cached = { hour, catalog: buildCatalog(nowMs) };
  return cached.catalog;
}

/** The name the picker lists a zone under (Asia/Calcutta → Asia/Kolkata); unknown names stay. */
export function canonicalZone(zone: string): string {
  return zoneCatalog().canonicalOf.get(zone) ?? zone;
}

/** '+05:30', '-03:00', '+00:00' */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Minutes east of UTC of any zone Intl knows, at an instant (for a zone tzdb does not list). */
export function offsetMinutesOf(zone: string, nowMs: number = Date.now()): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(nowMs).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}
