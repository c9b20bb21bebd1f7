// Runs anywhere (shared). The one place the slot engine reads a zone's UTC offset: the zone's
// wall clock from Intl.DateTimeFormat#formatToParts, minus the instant. Building the formatter is
// the slow part (tens of microseconds), so a caller builds it once per zone (zone-offset-cache.ts)
// and reads many instants with it. The answer equals dayjs's `.tz(zone).utcOffset()`
// (zone-offset-at.test.ts holds it to that), including the odd historical offsets in seconds.

/** A formatter that reads `zone`'s wall clock; throws a RangeError for a zone Intl does not know. */
export function zoneClockFormat(zone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
}

/** The UTC offset at the instant `instantMs` of the zone `format` reads, in ms (local = utc + offset). */
export function zoneOffsetAt(format: Intl.DateTimeFormat, instantMs: number): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of format.formatToParts(instantMs)) {
    switch (part.type) {
      case 'year': year = Number(part.value); break;
      case 'month': month = Number(part.value); break;
      case 'day': day = Number(part.value); break;
      case 'hour': hour = Number(part.value); break;
      case 'minute': minute = Number(part.value); break;
      case 'second': second = Number(part.value); break;
      default: break;
    }
  }
  // setUTCFullYear, because Date.UTC maps years 0..99 to 1900..1999.
  const local = new Date(Date.UTC(2000, month - 1, day, hour, minute, second)).setUTCFullYear(year);
  const wholeSecond = instantMs - (((instantMs % 1000) + 1000) % 1000);
  return local - wholeSecond;
}
