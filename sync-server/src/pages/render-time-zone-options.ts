// Runs on the server. The <option>s of the time-zone <select>: every zone of the catalog with its
// current UTC offset and main cities, the page's zone first. Most of the booking page's bytes,
// and the same on every page but for which one comes first, so the markup is built once per
// catalog (an hour) and a page only moves its zone to the top.
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

let built: { catalog: ZoneCatalog; markup: string; optionOf: ReadonlyMap<string, string>; entryOf: ReadonlyMap<string, ZoneEntry> } | null = null;

function builtOptions() {
  const catalog = zoneCatalog();
  if (built?.catalog !== catalog) {
    const options = new Map(catalog.zones.map((zone) => [zone.name, optionOf(zone)]));
    built = { catalog, markup: [...options.values()].join(''), optionOf: options, entryOf: new Map(catalog.zones.map((zone) => [zone.name, zone])) };
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
 * Every zone of the catalog, `selected` first and marked. A zone Intl knows but the catalog does
 * not list (an invitee's own, asked by `?timezone=`) is offered on top under its own name.
 */
export function renderTimeZoneOptions(selected: string): SafeHtml {
  const options = builtOptions();
  const name = canonicalZone(selected);
  const known = options.optionOf.get(name);
  if (known === undefined) {
    const extra: ZoneEntry = { name, offsetMinutes: offsetMinutesOf(name), mainCities: [] };
    return new SafeHtml(optionOf(extra, true) + options.markup);
  }
  const entry = options.entryOf.get(name) as ZoneEntry;
  return new SafeHtml(optionOf(entry, true) + options.markup.replace(known, ''));
}
