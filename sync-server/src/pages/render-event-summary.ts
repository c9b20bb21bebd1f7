// Runs on the server. The left side of the booking page: who (photo or initial), what, how long, where.
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

/** The avatar: the host's photo when it has one (decorative, the name follows), else the initial. */
function renderAvatar(hostName: string, photoPath: string | null | undefined): SafeHtml | '' {
  if (photoPath) return html`<img class="avatar" src="${photoPath}" alt="" width="36" height="36">`;
  const initial = initialOf(hostName);
  return initial && html`<span class="avatar" aria-hidden="true">${initial}</span>`;
}

export function renderEventSummary(view: Pick<BookingPageView, 'hostName' | 'hostPhotoPath' | 'eventName' | 'description' | 'durationMinutes' | 'location'>, text: PageText = pageText()): SafeHtml {
  const duration = formatDuration(view.durationMinutes, text);
  const place = describeLocationBeforeBooking(view.location, text);
  return html`<header class="summary">
<p class="host">${renderAvatar(view.hostName, view.hostPhotoPath)}<span class="host-name">${view.hostName}</span></p>
<h1 id="event-name" class="event-name">${view.eventName}</h1>
<ul class="facts">
${duration && html`<li>${icon('clock')}<span><span class="visually-hidden">${text.t('summary.duration')}: </span>${duration}</span></li>`}
${place && html`<li>${icon(LOCATION_ICONS[view.location.kind])}<span><span class="visually-hidden">${text.t('summary.location')}: </span>${place}</span></li>`}
</ul>
${view.description.trim() !== '' && html`<p class="description">${view.description.trim()}</p>`}
</header>`;
}
