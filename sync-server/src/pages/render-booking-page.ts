// Runs on the server. The invitee's booking page (GET /l/{token} and /e/{hostSlug}/{eventSlug}).
// Complete without JavaScript: the next open times as a list in a form that posts. The script
// (booking-page.js) turns it into a month view, the chosen day's times and a JSON form.
import { html } from './escape-html.ts';
import { safeTimeZone } from './format-in-zone.ts';
import { browserMessages, pageText, type PageText } from './i18n/translate.ts';
import { weekStartOf } from './i18n/week-start.ts';
import { ASSET_URLS } from './page-assets.ts';
import type { BookingPageView } from './page-types.ts';
import { renderBookedDetails } from './render-booked-details.ts';
import { renderBookingForm } from './render-booking-form.ts';
import { renderDocument } from './render-document.ts';
import { renderErrorSummary } from './render-error-summary.ts';
import { renderEventSummary } from './render-event-summary.ts';
import { renderGoneMessage } from './render-gone-message.ts';
import { renderLanguageSwitch } from './render-language-switch.ts';
import { renderTimeZoneForm } from './render-time-zone-form.ts';
import { canonicalZone } from './time-zone-catalog.ts';
import { spliceZoneOptions } from './zone-options-slot.ts';

const FIELD_IDS = { name: 'f-name', email: 'f-email', notes: 'f-notes', start: 'slot-list', timezone: 'tz-select' };

/** What booking-page.js reads from `#booking-data`. */
export interface BookingScriptData {
  apiBase: string;
  initialTimezone: string;
  /** The first day with open times (in initialTimezone): the month the calendar opens on. */
  firstOpenDate: string | null;
  /** The page's locale for Intl ('de-DE'), and the words the script says, in the page's language only. */
  locale: string;
  messages: Record<string, string>;
  /** The calendar's first weekday: 1 = Monday … 7 = Sunday. */
  weekStart: number;
}

function renderPicker(text: PageText) {
  return html`<div id="picker" class="picker" hidden>
<div class="calendar">
<div class="cal-head">
<button type="button" class="icon-button" id="prev-month" aria-label="${text.t('picker.prevMonth')}">&lsaquo;</button>
<h2 id="month-label" class="month-label" aria-live="polite"></h2>
<button type="button" class="icon-button" id="next-month" aria-label="${text.t('picker.nextMonth')}">&rsaquo;</button>
</div>
<table class="cal-grid" aria-labelledby="month-label"><thead><tr id="weekday-row"></tr></thead><tbody id="cal-body"></tbody></table>
</div>
<div class="day-times">
<h3 id="day-heading" class="day-heading"></h3>
<ul id="times" class="times" aria-labelledby="day-heading"></ul>
<div id="times-error" class="load-error" hidden>
<p id="times-error-text" role="alert"></p>
<button type="button" class="button secondary" id="retry-times">${text.t('picker.tryAgain')}</button>
</div>
</div>
</div>`;
}

/** The page as the bytes to send (its zone list is spliced in already encoded: zone-options-slot.ts). */
export function renderBookingPage(view: BookingPageView): Buffer {
  const text = pageText(view.lang);
  // Asked as Asia/Calcutta, shown and booked as Asia/Kolkata: the same clock, the name the list uses.
  const zone = canonicalZone(safeTimeZone(view.initialTimezone));
  const errors = view.errors ?? [];
  const data: BookingScriptData = {
    apiBase: view.apiBase,
    initialTimezone: zone,
    firstOpenDate: view.initialSlots.find((day) => day.slots.length > 0)?.date ?? null,
    locale: text.locale,
    messages: browserMessages(text.lang),
    weekStart: view.weekStart ?? weekStartOf(undefined, text.locale),
  };
  const body = html`<main class="page">
<div class="card layout">
<section class="summary-pane" aria-labelledby="event-name">${renderEventSummary(view, text)}</section>
<section class="scheduler" id="scheduler" aria-label="${text.t('page.bookATime')}">
<div id="notice" class="notice" role="status" aria-live="polite" tabindex="-1">${renderErrorSummary(errors, FIELD_IDS, text)}</div>
${renderTimeZoneForm(zone, errors, text)}
${renderPicker(text)}
${renderBookingForm(view, zone, text)}
</section>
<section id="confirmation" class="confirmation" hidden tabindex="-1" aria-labelledby="conf-heading">
${renderBookedDetails({ hostName: view.hostName, booking: null, zone, headingTag: 'h2', text })}
</section>
<section id="gone" class="gone" hidden tabindex="-1" aria-labelledby="gone-heading">${renderGoneMessage(view.hostName, 'h2', text)}</section>
</div>
${renderLanguageSwitch(text)}
</main>`;
  const markup = renderDocument({
    title: view.hostName.trim() ? text.t('page.titleWith', { event: view.eventName, host: view.hostName }) : view.eventName,
    body,
    script: ASSET_URLS.bookingScript,
    data: { id: 'booking-data', value: data },
    noIndex: view.kind === 'link',
    lang: text.lang,
  });
  return spliceZoneOptions(markup, zone);
}
