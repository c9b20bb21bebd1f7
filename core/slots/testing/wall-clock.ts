// Runs in tests (pure). An oracle for the slot engine's tests that reads clocks with Intl
// directly, one instant at a time: independent of dayjs and of the engine's zone timelines.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    formats.set(zone, format);
  }
  return format;
}

export interface WallClock {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
  /** Minutes after local midnight. */
  minutes: number;
  /** The wall-clock reading as if it were UTC, in ms (seconds dropped). */
  localMs: number;
}

/** What a clock in `zone` shows at `instant` (to the minute). */
export function wallClock(instant: number | string, zone: string): WallClock {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant;
  const parts: Record<string, string> = {};
  for (const part of formatFor(zone).formatToParts(new Date(ms))) parts[part.type] = part.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  const minutes = Number(parts.hour) * 60 + Number(parts.minute);
  return { date, time, minutes, localMs: Date.parse(`${date}T00:00:00Z`) + minutes * 60_000 };
}

/** Local ms of a date and a clock time (`24:00` allowed). */
export function localMsOf(date: string, time: string): number {
  const minutes = time === '24:00' ? 1440 : Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
}

/**
 * The first whole-minute instant at which the clock in `zone` shows `localMs` or later, found by
 * walking forward in quarter hours, then minutes (offsets are whole quarter hours or coarser here,
 * and at most one change happens within a quarter hour).
 */
export function firstInstantShowing(localMs: number, zone: string): number {
  const quarter = 15 * 60_000;
  let instant = localMs - 15 * 3_600_000;
  while (wallClock(instant + quarter, zone).localMs < localMs) instant += quarter;
  for (let minute = instant; ; minute += 60_000) {
    if (wallClock(minute, zone).localMs >= localMs) return minute;
  }
}
