// Runs on the server. A wall-clock time in an IANA zone as a UTC instant (ms), for the feed times
// that carry no offset of their own: all-day dates, floating times, and a TZID the feed names but
// does not define (an IANA name). In a gap (spring forward) the time is read with the offset from
// before the change, so it lands after the gap; in an overlap, the earlier of the two instants.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at `ms`, in ms. */
function offsetAt(zone: string, ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of formatterOf(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(parts['year'] ?? 0, (parts['month'] ?? 1) - 1, parts['day'] ?? 1, parts['hour'] ?? 0, parts['minute'] ?? 0, parts['second'] ?? 0);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

export interface WallTime {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function zonedWallTimeToUtc(wall: WallTime, zone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const before = offsetAt(zone, asUtc - 86_400_000);
  const after = offsetAt(zone, asUtc + 86_400_000);
  // Try the offsets around the time; the earliest candidate whose own offset agrees wins.
  const candidates = [asUtc - before, asUtc - after].sort((a, b) => a - b);
  for (const candidate of candidates) if (offsetAt(zone, candidate) === asUtc - candidate) return candidate;
  return asUtc - before; // a gap: no instant shows this clock time
}
