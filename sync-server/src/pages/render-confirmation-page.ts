// Runs on the server. The answer to a successful no-JS booking post: the booking in the invitee's
// time zone, "Add to calendar" and the management link (what the script shows in place with JS).
import { html } from './escape-html.ts';
import { safeTimeZone } from './format-in-zone.ts';
import type { ConfirmationPageView } from './page-types.ts';
import { renderBookedDetails } from './render-booked-details.ts';
import { renderDocument } from './render-document.ts';
import { canonicalZone } from './time-zone-catalog.ts';

export function renderConfirmationPage(view: ConfirmationPageView): string {
  const zone = canonicalZone(safeTimeZone(view.invitee.timezone));
  const body = html`<main class="page">
<div class="card single confirmation" role="status">
${renderBookedDetails({ hostName: view.hostName, booking: view.booking, zone, headingTag: 'h1' })}
</div>
</main>`;
  return renderDocument({ title: `Booked: ${view.booking.eventName}`, body });
}
