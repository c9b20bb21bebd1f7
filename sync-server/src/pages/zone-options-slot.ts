// Runs on the server. Where the list of every zone goes in the booking page: the page is rendered
// as markup with this slot in the list's <select>, and the already-encoded options
// (render-time-zone-options.ts) are put in its place while the page becomes bytes. Encoding the
// ~30 KB list anew for every view, and carrying it through the page's strings, was a large share
// of building a page.
import { SafeHtml } from './escape-html.ts';
import { timeZoneOptionBytes } from './render-time-zone-options.ts';

const SLOT = '<!--zone-options-->';

/** The slot, for the page's template. */
export const ZONE_OPTIONS_SLOT = new SafeHtml(SLOT);

/**
 * The page's bytes with the options of every zone (`zone` first) in the slot. The first slot is
 * the template's own: no text of a host or an invitee can make another before it (every value is
 * escaped, so none holds a `<`), and only the first is filled.
 */
export function spliceZoneOptions(markup: string, zone: string): Buffer {
  const at = markup.indexOf(SLOT);
  if (at === -1) throw new Error('spliceZoneOptions: the page has no zone-options slot');
  return Buffer.concat([Buffer.from(markup.slice(0, at)), ...timeZoneOptionBytes(zone), Buffer.from(markup.slice(at + SLOT.length))]);
}
