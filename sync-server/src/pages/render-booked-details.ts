// Runs on the server. "You're booked": the details of a confirmed booking, the .ics link and the
// management link. The no-JS confirmation page renders it filled in; the booking page renders it
// empty and hidden, and the browser script fills the same elements (by id) after a JSON booking.
import { renderLocationAfterBooking } from './describe-location.ts';
import { html, type SafeHtml } from './escape-html.ts';
import { formatWhen } from './format-in-zone.ts';
import type { PageText } from './i18n/translate.ts';
import { icon } from './icons.ts';
import type { BookedView } from './page-types.ts';
import { icsPathFromManageUrl } from './public-paths.ts';

export interface BookedDetailsParts {
  hostName: string;
  /** null: empty placeholders for the script. */
  booking: BookedView | null;
  zone: string;
  headingTag: 'h1' | 'h2';
  text: PageText;
}

export function renderBookedDetails({ hostName, booking, zone, headingTag, text }: BookedDetailsParts): SafeHtml {
  const heading = text.t('booked.heading');
  const ics = booking ? icsPathFromManageUrl(booking.manageUrl) : null;
  const zoneLabel = zone.replace(/_/g, ' ');
  return html`<div class="done-mark" aria-hidden="true">${icon('check')}</div>
${headingTag === 'h1' ? html`<h1 id="conf-heading" class="done-heading">${heading}</h1>` : html`<h2 id="conf-heading" class="done-heading">${heading}</h2>`}
<p class="done-lead">${hostName ? text.tHtml('booked.leadWith_html', { host: hostName }) : text.t('booked.lead')}</p>
<dl class="details-list">
<div><dt>${icon('calendar')}${text.t('booked.what')}</dt><dd id="conf-what">${booking?.eventName}</dd></div>
<div><dt>${icon('clock')}${text.t('booked.when')}</dt><dd><span id="conf-when">${booking && formatWhen(booking.start, booking.end, zone, text.locale)}</span><span class="muted zone-note" id="conf-zone">${zoneLabel}</span></dd></div>
<div><dt>${icon('pin')}${text.t('booked.where')}</dt><dd id="conf-where">${booking && renderLocationAfterBooking(booking.location, text)}</dd></div>
</dl>
<p class="actions">
<a class="button primary" id="conf-ics" href="${ics ?? '#'}">${icon('calendar')}${text.t('booked.addToCalendar')}</a>
<a class="button secondary" id="conf-manage" href="${booking?.manageUrl ?? '#'}">${text.t('booked.manage')}</a>
</p>
<p class="muted small">${text.t('booked.keepLink')}<br><a class="manage-url" id="conf-manage-url" href="${booking?.manageUrl ?? '#'}">${booking?.manageUrl}</a></p>`;
}
