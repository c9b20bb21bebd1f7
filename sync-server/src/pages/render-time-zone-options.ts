// Runs on the server. The <option>s of the time-zone <select>: every zone of the catalog with its
// current UTC offset and main cities, the page's zone first. Most of the booking page's bytes,
// and the same on every page but for which one comes first, so the markup is built and encoded
// once per catalog (an hour) and a page only moves its zone to the top: three pieces of the same
// bytes (zone-options-slot.ts splices them into the page), never a 30 KB string per view.
import { escapeHtml, SafeHtml } from './escape-html.ts';
import { canonicalZone, formatOffset, offsetMinutesOf, zoneCatalog, type ZoneCatalog, type ZoneEntry } from './time-zone-catalog.ts';

/** '(UTC+05:30) Asia/Kolkata – Mumbai, Delhi, Bengaluru, Hyderabad': what the search matches too. */
export function zoneOptionLabel(zone: Pick<ZoneEntry, 'name' | 'offsetMinutes' | 'mainCities'>): string {
  const cities = zone.mainCities.length > 0 ? ` – ${zone.mainCities.join(', ')}` : '';
  return `(UTC${formatOffset(zone.offsetMinutes)}) ${zone.name.replace(/_/g, ' ')}${cities}`;
}

function optionOf(zone: ZoneEntry, selected = false): string {
  return `<option value="${escapeHtml(zone.name)}"${selected ? ' selected' : ''}>${escapeHtml(zoneOptionLabel(zone))}</option>`;
}

interface BuiltOptions {
  catalog: ZoneCatalog;
  /** Every option, in catalog order, as UTF-8. */
  bytes: Buffer;
  /** Where each zone's option lies in `bytes`. */
  spanOf: ReadonlyMap<string, { start: number; end: number }>;
  entryOf: ReadonlyMap<string, ZoneEntry>;
}

let built: BuiltOptions | null = null;

function builtOptions(): BuiltOptions {
  const catalog = zoneCatalog();
  if (built?.catalog !== catalog) {
    const spanOf = new Map<string, { start: number; end: number }>();
    let offset = 0;
    const markup = catalog.zones.map((zone) => {
      const option = optionOf(zone);
      const length = Buffer.byteLength(option);
      spanOf.set(zone.name, { start: offset, end: offset + length });
      offset += length;
      return option;
    });
    built = { catalog, bytes: Buffer.from(markup.join('')), spanOf, entryOf: new Map(catalog.zones.map((zone) => [zone.name, zone])) };
  }
  return built;
}

/** The one option of `selected` (canonical, marked): what the page shows before the invitee opens the list. */
export function renderSelectedZoneOption(selected: string): SafeHtml {
  const name = canonicalZone(selected);
  const entry = builtOptions().entryOf.get(name) ?? { name, offsetMinutes: offsetMinutesOf(name), mainCities: [] };
  return new SafeHtml(optionOf(entry, true));
}

/**
 * Every zone of the catalog, `selected` first and marked, as UTF-8 pieces to send in order (the
 * two big ones share the built bytes). A zone Intl knows but the catalog does not list (an
 * invitee's own, asked by `?timezone=`) is offered on top under its own name.
 */
export function timeZoneOptionBytes(selected: string): Buffer[] {
  const options = builtOptions();
  const first = Buffer.from(renderSelectedZoneOption(selected).markup);
  const span = options.spanOf.get(canonicalZone(selected));
  if (span === undefined) return [first, options.bytes];
  return [first, options.bytes.subarray(0, span.start), options.bytes.subarray(span.end)];
}
