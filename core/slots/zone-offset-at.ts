// Runs anywhere (shared). The one place the slot engine asks dayjs (and through it Intl) for a
// zone's UTC offset. It costs about 0.1 ms a call, so callers probe once per day (see
// zone-day-offsets.ts), never once per slot.
import { dayjs } from './dayjs-setup.ts';
import { MINUTE_MS } from './time-units.ts';

/** The UTC offset of `zone` at the instant `instantMs`, in milliseconds (local = utc + offset). */
export function zoneOffsetAt(instantMs: number, zone: string): number {
  return Math.round(dayjs.utc(instantMs).tz(zone).utcOffset() * MINUTE_MS);
}
