// Runs on the server. The left side of the booking page: who, what, how long, where.
import { describeLocationBeforeBooking } from './describe-location.ts';
import { html, type SafeHtml } from './escape-html.ts';
import { formatDuration } from './format-duration.ts';
import { pageText, type PageText } from './i18n/translate.ts';
import { icon, type IconName } from './icons.ts';
import type { BookingPageView, LocationView } from './page-types.ts';

const LOCATION_ICONS: Record<LocationView['kind'], IconName> = {
  video: 'video',
  phone: 'phone',
  in_person: 'pin',
  custom: 'pin',
  none: 'pin',
};

/** First letter of the host's name for the avatar ('' when the name starts with no letter). */
function initialOf(name: string): string {
  const first = /\p{L}/u.exec(name);
  return first ? first[0].toUpperCase() : '';
}

export function renderEventSummary(view: Pick<BookingPageView, 'hostName' | 'eventName' | 'description' | 'durationMinutes' | 'location'>, text: PageText = pageText()): SafeHtml {
  const duration = formatDuration(view.durationMinutes, text);
  const place = describeLocationBeforeBooking(view.location, text);
  const initial = initialOf(view.hostName);
  return html`<header class="summary">
<p class="host">${initial && html`<span class="avatar" aria-hidden="true">${initial}</span>`}<span class="host-name">${view.hostName}</span></p>
<h1 id="event-name" class="event-name">${view.eventName}</h1>
<ul class="facts">
${duration && html`<li>${icon('clock')}<span><span class="visually-hidden">${text.t('summary.duration')}: </span>${duration}</span></li>`}
${place && html`<li>${icon(LOCATION_ICONS[view.location.kind])}<span><span class="visually-hidden">${text.t('summary.location')}: </span>${place}</span></li>`}
</ul>
${view.description.trim() !== '' && html`<p class="description">${view.description.trim()}</p>`}
</header>`;
}
