// Runs on the server. The cache keys of the public GETs: everything their answers are made of
// besides stored data and time. The inputs are the handlers' normalized ones (an unknown zone or
// a malformed date is already ''), so spellings of one answer share one entry.
import type { TargetKey } from './find-target.ts';
import type { SlotRange } from './list-target-slots.ts';

function targetPart(key: TargetKey): string[] {
  return key.kind === 'link' ? ['link', key.token] : ['standard', key.hostSlug, key.eventSlug];
}

// JSON of an array: no choice of separator can be forged by a parameter that contains it.

/** GET /l/{token} and /e/{hostSlug}/{eventSlug}: the zone and first date asked for ('' = none), the page's language. */
export function pageViewKey(key: TargetKey, askedZone: string, askedDate: string, language = 'en'): string {
  return JSON.stringify(['page', ...targetPart(key), askedZone, askedDate, language]);
}

/** GET …/slots: the asked range and zone. */
export function slotsViewKey(key: TargetKey, range: SlotRange): string {
  return JSON.stringify(['slots', ...targetPart(key), range.from, range.to, range.timezone]);
}
