// Runs in tests. zoneOffsetAt reads offsets with Intl directly; dayjs's timezone plugin (what the
// engine used before) is the oracle, over every zone Intl knows and instants from 1970 on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayjs } from './dayjs-setup.ts';
import { zoneClockFormat, zoneOffsetAt } from './zone-offset-at.ts';

const dayjsOffset = (ms: number, zone: string): number => Math.round(dayjs.utc(ms).tz(zone).utcOffset() * 60_000);

describe('zoneOffsetAt', () => {
  it('equals dayjs for any zone at any instant from 1970 to 2200, odd milliseconds included', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const formats = new Map(zones.map((zone) => [zone, zoneClockFormat(zone)]));
    fc.assert(fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 7_258_118_400_000 }), (zone, ms) => {
      expect(zoneOffsetAt(formats.get(zone)!, ms)).toBe(dayjsOffset(ms, zone));
    }), { numRuns: 3000 });
  });

  it('reads offsets in seconds, DST both ways and the far side of the date line', () => {
    // Monrovia kept -0:44:30 until 1972.
    expect(zoneOffsetAt(zoneClockFormat('Africa/Monrovia'), Date.parse('1970-06-01T00:00:00Z'))).toBe(-(44 * 60 + 30) * 1000);
    const berlin = zoneClockFormat('Europe/Berlin');
    expect(zoneOffsetAt(berlin, Date.parse('2026-03-29T00:59:59.999Z'))).toBe(3_600_000);
    expect(zoneOffsetAt(berlin, Date.parse('2026-03-29T01:00:00.000Z'))).toBe(7_200_000);
    expect(zoneOffsetAt(zoneClockFormat('Pacific/Kiritimati'), 0)).toBe(-(10 * 60 + 40) * 60_000); // -10:40 until 1979
    expect(zoneOffsetAt(zoneClockFormat('Pacific/Kiritimati'), Date.parse('2026-01-01T00:00:00Z'))).toBe(14 * 3_600_000);
  });

  it('refuses a zone Intl does not know when the format is made', () => {
    expect(() => zoneClockFormat('Mars/Olympus')).toThrow(RangeError);
  });
});
