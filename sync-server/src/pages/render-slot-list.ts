// Runs on the server. The first view, and the whole picker without JavaScript: the next open times
// grouped by day, one radio button each, inside the booking form.
import { escapeHtml, html, SafeHtml } from './escape-html.ts';
import { datePagesOf } from './date-pages.ts';
import { formatDayHeading, formatTime } from './format-in-zone.ts';
import type { DaySlotsView, FieldErrorView } from './page-types.ts';
import type { PageText } from './i18n/translate.ts';
import { errorTextOf, renderFieldError } from './render-field.ts';

/**
 * One day's radio buttons. The page's longest run of markup (some sixty options), built as one
 * string rather than through a template per option, which was most of the list's cost; its two
 * values are escaped here as `html` would.
 */
function renderSlotOptions(slots: DaySlotsView['slots'], firstIndex: number, zone: string, chosenStart: string | undefined, locale: string): SafeHtml {
  let markup = '';
  slots.forEach((slot, offset) => {
    const id = `slot-${firstIndex + offset}`;
    const checked = slot.start === chosenStart ? ' checked' : '';
    markup += `<label class="slot-option" for="${id}"><input type="radio" id="${id}" name="start" value="${escapeHtml(slot.start)}" required${checked}><span>${escapeHtml(formatTime(slot.start, zone, locale))}</span></label>`;
  });
  return new SafeHtml(markup);
}

export function renderSlotList(days: readonly DaySlotsView[], zone: string, chosenStart: string | undefined, errors: readonly FieldErrorView[], text: PageText): SafeHtml {
  const openDays = days.filter((day) => day.slots.length > 0);
  const errorText = errorTextOf('start', errors, text);
  let index = 0;
  const groups = openDays.map((day) => {
    const options = renderSlotOptions(day.slots, index, zone, chosenStart, text.locale);
    index += day.slots.length;
    return html`<fieldset class="slot-day">
<legend>${formatDayHeading(day.date, text.locale)}</legend>
<div class="slot-options">${options}</div>
</fieldset>`;
  });
  const pages = datePagesOf(days, zone);
  const pager = (pages.earlier || pages.later) && html`<nav class="date-pages" aria-label="${text.t('slots.moreDates')}">
${pages.earlier && html`<a href="${pages.earlier}" id="earlier-dates" rel="prev">&larr; ${text.t('slots.earlier')}</a>`}
${pages.later && html`<a href="${pages.later}" id="later-dates" rel="next">${text.t('slots.later')} &rarr;</a>`}
</nav>`;
  return html`<fieldset class="slot-list" id="slot-list"${errorText && html` aria-describedby="slot-list-error"`}>
<legend class="step-heading">${text.t('slots.choose')}</legend>
<p class="hint">${text.t('slots.shownIn', { zone: zone.replace(/_/g, ' ') })}</p>
${errorText && renderFieldError('slot-list', errorText)}
${groups.length > 0 ? groups : html`<p class="empty">${text.t('slots.none')}</p>`}
${pager}
</fieldset>`;
}
