// Runs in the invitee's browser (module of the booking page). The time-zone picker: the zone the
// browser reports, under the name the list uses, moved to the top and selected; the server's full
// list moved in when the invitee reaches for it; a search box that narrows it (zone, cities or
// offset) to a box of the matches.
// @ts-check
/* global document, Option */
import { ZONE_ALIASES } from './zone-aliases.js';

/** @type {Record<string, string>} */
const ALIASES = ZONE_ALIASES;
const MAX_ROWS = 8;

/** Chromium reports Asia/Calcutta and Europe/Kiev; the list says Asia/Kolkata and Europe/Kyiv. @param {string} zone */
export function canonicalZone(zone) {
  return ALIASES[zone] ?? zone;
}

/** Lower case, no accents, no underscores: 'São Paulo' and 'sao_paulo' meet. @param {string} text */
function searchable(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/_/g, ' ').toLowerCase();
}

/** '(UTC+05:30) Asia/Kolkata', as the server labels a zone, for one it did not list. @param {string} zone */
function labelOf(zone) {
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(Date.now()).find((p) => p.type === 'timeZoneName');
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(part?.value ?? '')?.[1] ?? '+00:00';
  return `(UTC${offset}) ${zone.replace(/_/g, ' ')}`;
}

/**
 * Puts `zone` (canonical) at the top of the list and selects it; returns the name selected.
 * @param {HTMLSelectElement} select @param {string} zone
 */
export function putZoneFirst(select, zone) {
  const name = canonicalZone(zone);
  let option = [...select.options].find((candidate) => candidate.value === name);
  if (!option) option = new Option(labelOf(name), name);
  select.prepend(option);
  select.value = name;
  return name;
}

/**
 * Moves every zone into `select` once the invitee reaches for it (`triggers`), from the text of
 * the <noscript> list (render-time-zone-form.ts). The zone chosen so far stays first and selected.
 * @param {HTMLSelectElement} select @param {HTMLElement | null} source @param {HTMLElement[]} triggers
 */
export function fillZonesOnDemand(select, source, triggers) {
  let filled = false;
  const fill = () => {
    if (filled || !source) return;
    filled = true;
    const template = document.createElement('template');
    template.innerHTML = source.textContent ?? '';
    const all = template.content.querySelector('select');
    if (!all) return;
    const chosen = select.value;
    const options = [...all.options];
    const same = options.find((option) => option.value === chosen);
    select.replaceChildren(...(same ? [same, ...options.filter((option) => option !== same)] : [...select.options, ...options]));
    select.value = chosen;
  };
  for (const trigger of triggers) {
    for (const type of ['pointerdown', 'focus', 'keydown']) trigger.addEventListener(type, fill);
  }
}

/**
 * Shows the search box; typing narrows the list to a box of the matches, Enter or a click takes
 * one (the select's `change`, which the page already listens to).
 * @param {HTMLInputElement} search @param {HTMLSelectElement} select
 */
export function enableZoneSearch(search, select) {
  /** Built on the first keystroke, not while the page starts. @type {Map<HTMLOptionElement, string> | null} */
  let texts = null;
  search.hidden = false;

  function filter() {
    const words = searchable(search.value).split(/\s+/).filter(Boolean);
    let shown = 0;
    /** @type {HTMLOptionElement | null} */
    let first = null;
    texts ??= new Map([...select.options].map((option) => [option, searchable(`${option.value} ${option.text}`)]));
    for (const option of select.options) {
      const text = texts.get(option) ?? searchable(`${option.value} ${option.text}`);
      const match = words.every((word) => text.includes(word));
      option.hidden = !match;
      if (match) {
        shown += 1;
        first ??= option;
      }
    }
    if (words.length === 0) select.removeAttribute('size');
    else select.size = Math.max(2, Math.min(MAX_ROWS, shown));
    return first;
  }

  function reset() {
    search.value = '';
    filter();
  }

  search.addEventListener('input', () => void filter());
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && select.size > 1) {
      event.preventDefault();
      select.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const first = filter();
      if (!first) return;
      select.value = first.value;
      reset();
      select.dispatchEvent(new Event('change'));
    } else if (event.key === 'Escape' && search.value !== '') {
      event.preventDefault();
      reset();
    }
  });
  // A click or Enter in the box of matches ends the search (arrow keys only move the choice).
  const searching = () => search.value !== '' && select.size > 1;
  select.addEventListener('click', () => {
    if (searching()) reset();
  });
  select.addEventListener('keydown', (event) => {
    if (!searching() || (event.key !== 'Enter' && event.key !== 'Escape')) return;
    event.preventDefault();
    reset();
  });
}
