// Runs on the server. The answer to a successful no-JS booking post: the booking in the invitee's
// time zone, "Add to calendar" and the management link (what the script shows in place with JS).
import { html } from './escape-html.ts';
import { safeTimeZone } from './format-in-zone.ts';
import { pageText } from './i18n/translate.ts';
import type { ConfirmationPageView } from './page-types.ts';
import { renderBookedDetails } from './render-booked-details.ts';
import { renderDocument } from './render-document.ts';
import { canonicalZone } from './time-zone-catalog.ts';

export function renderConfirmationPage(view: ConfirmationPageView): string {
  const text = pageText(view.lang);
  const zone = canonicalZone(safeTimeZone(view.invitee.timezone));
  const body = html`<main class="page">
<div class="card single confirmation" role="status">
${renderBookedDetails({ hostName: view.hostName, booking: view.booking, zone, headingTag: 'h1', text })}
</div>
</main>`;
  return renderDocument({ title: text.t('booked.title', { event: view.booking.eventName }), body, lang: text.lang });
}
