// Runs on the server. The invitee's reschedule page (GET /m/{manageToken}/reschedule): the booking's
// current time, then its open times a week at a time in the invitee's zone, each a submit button of
// one form that posts to /m/{token}/reschedule; "Earlier" / "Later" links page through the weeks
// and a GET form switches the zone, so all of it works without JavaScript. manage-page.js, when
// it runs, posts the same form as JSON to the reschedule API and shows the answer in place.
// Also the answer pages: moved (with the new manage link), and "cannot move".
import { html, type SafeHtml } from './escape-html.ts';
import { formatDayHeading, formatTime, formatWhen, safeTimeZone } from './format-in-zone.ts';
import { icon } from './icons.ts';
import { ASSET_URLS } from './page-assets.ts';
import { manageReschedulePath, rescheduleApiPath } from './public-paths.ts';
import { renderDocument } from './render-document.ts';

export interface RescheduleDay {
  date: string;
  slots: { start: string; end: string }[];
}

export interface ReschedulePageView {
  manageToken: string;
  hostName: string;
  eventName: string;
  /** The current time of the booking. */
  start: string;
  end: string;
  /** The zone times are shown (and the new time is picked) in. */
  timezone: string;
  /** The first date shown, and the dates of the pages before and after (null: none). */
  from: string;
  earlier: string | null;
  later: string | null;
  days: RescheduleDay[];
  /** Why the last attempt failed, shown above the times. */
  error?: 'taken' | 'invalid';
}

/** What manage-page.js reads from `#reschedule-data`. */
export interface RescheduleScriptData {
  rescheduleUrl: string;
  timezone: string;
}

function pageUrl(view: ReschedulePageView, date: string): string {
  return `${manageReschedulePath(view.manageToken)}?date=${date}&tz=${encodeURIComponent(view.timezone)}`;
}

function renderDays(view: ReschedulePageView): SafeHtml {
  const open = view.days.filter((day) => day.slots.length > 0);
  if (open.length === 0) return html`<p class="empty" id="no-times">There are no open times in this week.</p>`;
  return html`${open.map((day) => html`<fieldset class="slot-day">
<legend>${formatDayHeading(day.date)}</legend>
<div class="slot-options">${day.slots.map((slot) => html`<button type="submit" class="button slot-button" name="start" value="${slot.start}">${formatTime(slot.start, view.timezone)}</button>`)}</div>
</fieldset>`)}`;
}

export function renderReschedulePage(view: ReschedulePageView): string {
  const zone = safeTimeZone(view.timezone);
  const error = view.error === 'taken'
    ? html`<p class="error-banner" role="alert" id="reschedule-error">That time is no longer open. Please pick another.</p>`
    : view.error === 'invalid' ? html`<p class="error-banner" role="alert" id="reschedule-error">Please pick one of the times below.</p>` : '';
  const data: RescheduleScriptData = { rescheduleUrl: rescheduleApiPath(view.manageToken), timezone: zone };
  const body = html`<main class="page">
<div class="card single manage reschedule">
<div id="notice" class="notice" role="status" aria-live="polite" tabindex="-1">${error}</div>
<p class="host"><span class="host-name">${view.hostName}</span></p>
<h1 class="event-name">Reschedule: ${view.eventName}</h1>
<p id="current-time">${icon('clock')}Now booked for <strong>${formatWhen(view.start, view.end, zone)}</strong></p>
<form method="get" action="${manageReschedulePath(view.manageToken)}" class="zone-form">
<input type="hidden" name="date" value="${view.from}">
<label for="reschedule-zone">Times in</label> <input id="reschedule-zone" name="tz" value="${zone}" maxlength="64"> <button type="submit" class="button">Show</button>
</form>
<form method="post" action="${manageReschedulePath(view.manageToken)}" id="reschedule-form" class="slot-list">
<input type="hidden" name="timezone" value="${zone}">
<h2 class="step-heading">Pick a new time</h2>
<p class="hint">Times are shown in ${zone.replace(/_/g, ' ')}. Your current time stays booked until the new one is confirmed.</p>
${renderDays(view)}
</form>
<nav class="date-pages" aria-label="More dates">
${view.earlier && html`<a href="${pageUrl(view, view.earlier)}" id="earlier-dates" rel="prev">&larr; Earlier dates</a>`}
${view.later && html`<a href="${pageUrl(view, view.later)}" id="later-dates" rel="next">Later dates &rarr;</a>`}
</nav>
<p><a href="/m/${encodeURIComponent(view.manageToken)}" id="back-to-booking">Keep the current time</a></p>
</div>
</main>`;
  return renderDocument({ title: `Reschedule ${view.eventName}`, body, script: ASSET_URLS.manageScript, data: { id: 'reschedule-data', value: data } });
}

export interface RescheduledPageView {
  hostName: string;
  eventName: string;
  start: string;
  end: string;
  timezone: string;
  manageUrl: string;
}

export function renderRescheduledPage(view: RescheduledPageView): string {
  const zone = safeTimeZone(view.timezone);
  const body = html`<main class="page">
<div class="card single manage">
<p class="success-banner" id="rescheduled-banner">${icon('check')}Your booking is moved.</p>
<p class="host"><span class="host-name">${view.hostName}</span></p>
<h1 class="event-name">${view.eventName}</h1>
<p id="new-time">${icon('clock')}<strong>${formatWhen(view.start, view.end, zone)}</strong></p>
<p>Your booking has a new page: keep its address to view, move or cancel it.</p>
<p class="actions"><a class="button primary" id="new-manage-link" href="${view.manageUrl}">Open my booking</a></p>
</div>
</main>`;
  return renderDocument({ title: `${view.eventName}: rescheduled`, body });
}

export function renderCannotReschedulePage(hostName: string, why: string): string {
  const body = html`<main class="page">
<div class="card single manage">
<p class="host"><span class="host-name">${hostName}</span></p>
<h1>This booking can't be moved</h1>
<p id="cannot-why">${why}</p>
</div>
</main>`;
  return renderDocument({ title: 'This booking can\'t be moved', body });
}
