// renderer: the IANA time zones offered in pickers, from the runtime's own list (ICU), so the
// choice always matches what the validators and dayjs accept on this machine.

let cached: readonly string[] | null = null;

export function listTimeZones(): readonly string[] {
  if (cached) return cached;
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    // Very old runtimes: the picker then offers what the document already holds, plus UTC.
  }
  // ICU lists canonical zones only; UTC is valid and commonly wanted.
  cached = [...new Set([...zones, 'UTC'])].sort();
  return cached;
}

/** The machine's zone, the default for a new host or event type. */
export function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}
