// Runs on the server. The <option>s of the time-zone <select>: ~400 zones, most of the booking
// page's bytes, and the same on every page but for which one is selected and a rare extra zone
// Intl accepts without listing it (an alias such as Asia/Calcutta). The list Intl knows is fixed
// for the life of the process, so its markup is built once; a page only marks its selection.
import { escapeHtml, SafeHtml } from './escape-html.ts';
import { listTimeZones } from './format-in-zone.ts';

function optionOf(name: string): string {
  const value = escapeHtml(name);
  return `<option value="${value}">${escapeHtml(name.replace(/_/g, ' '))}</option>`;
}

let known: { names: ReadonlySet<string>; markup: string } | null = null;

function knownZones(): { names: ReadonlySet<string>; markup: string } {
  if (!known) {
    const names = listTimeZones(['UTC']);
    known = { names: new Set(names), markup: names.map(optionOf).join('') };
  }
  return known;
}

/** Every zone Intl knows plus `alsoOffer` (sorted by name), with `selected` marked. */
export function renderTimeZoneOptions(selected: string, alsoOffer: readonly string[]): SafeHtml {
  const base = knownZones();
  const markup = alsoOffer.every((zone) => base.names.has(zone))
    ? base.markup
    : listTimeZones([...alsoOffer, 'UTC']).map(optionOf).join('');
  // Values are unique, so the first match is the one option to mark.
  const needle = `<option value="${escapeHtml(selected)}">`;
  return new SafeHtml(markup.replace(needle, () => `<option value="${escapeHtml(selected)}" selected>`));
}
