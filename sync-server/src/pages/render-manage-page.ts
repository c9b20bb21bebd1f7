// Runs on the server. The invitee's page of one booking (GET /m/{manageToken}): details in their time
// zone, "Add to calendar", and cancelling with an optional reason. Without JavaScript the cancel
// form posts to /m/{token}/cancel; manage-page.js posts JSON instead and offers a zone switch.
import { renderLocationAfterBooking } from './describe-location.ts';
import { html, type SafeHtml } from './escape-html.ts';
import { formatWhen, safeTimeZone } from './format-in-zone.ts';
import { icon } from './icons.ts';
import { ASSET_URLS } from './page-assets.ts';
import type { ManagePageView } from './page-types.ts';
import { icsPath, manageCancelApiPath, manageCancelFormPath, manageReschedulePath } from './public-paths.ts';
import { renderDocument } from './render-document.ts';
import { renderErrorSummary } from './render-error-summary.ts';
import { renderField } from './render-field.ts';

const REASON_MAX = 2000;

/** What manage-page.js reads from `#manage-data`. */
export interface ManageScriptData {
  cancelUrl: string;
  timezone: string;
}

function renderNotice(view: ManagePageView): SafeHtml | '' {
  if (view.errors && view.errors.length > 0) return renderErrorSummary(view.errors, { reason: 'f-reason' });
  if (view.notice === 'booked') return html`<p class="success-banner">${icon('check')}You're booked. Keep this page's address to view or cancel your booking.</p>`;
  if (view.notice === 'canceled') return html`<p class="success-banner">${icon('check')}Your booking is canceled.</p>`;
  return '';
}

function renderCanceledNote(view: ManagePageView): SafeHtml {
  const { booking } = view;
  const canceled = booking.status === 'canceled';
  // A reschedule retires the old booking as canceled with this reason: it moved, nobody called it off.
  const moved = booking.cancelReason === 'rescheduled';
  const who = moved ? 'This booking was moved to another time.' : booking.canceledBy === 'host' ? `${view.hostName.trim() || 'The host'} canceled this booking.` : 'You canceled this booking.';
  return html`<div id="canceled-note" class="canceled-note"${!canceled && html` hidden`}>
<p id="canceled-who"><strong>${canceled ? who : ''}</strong></p>
<p id="canceled-reason" class="reason"${(!canceled || moved || booking.cancelReason.trim() === '') && html` hidden`}>${booking.cancelReason.trim() !== '' ? `Reason: ${booking.cancelReason.trim()}` : ''}</p>
</div>`;
}

function renderCancelBox(view: ManagePageView): SafeHtml {
  const errors = view.errors ?? [];
  return html`<details class="cancel-box" id="cancel-box"${errors.length > 0 && html` open`}>
<summary>Cancel this booking</summary>
<form method="post" action="${manageCancelFormPath(view.manageToken)}" id="cancel-form" class="cancel-form">
${renderField({
  field: 'reason',
  id: 'f-reason',
  label: html`Reason <span class="optional">(optional)</span>`,
  hint: `${view.hostName.trim() || 'The host'} will see this.`,
  errors,
  control: (attributes) => html`<textarea ${attributes} name="reason" rows="3" maxlength="${REASON_MAX}">${view.reason ?? ''}</textarea>`,
})}
<button type="submit" class="button danger" id="cancel-submit">Cancel booking</button>
</form>
</details>`;
}

export function renderManagePage(view: ManagePageView): string {
  const { booking } = view;
  const zone = safeTimeZone(booking.invitee.timezone);
  const confirmed = booking.status === 'confirmed';
  const canCancel = view.canCancel ?? confirmed;
  const notes = booking.invitee.notes.trim();
  const data: ManageScriptData = { cancelUrl: manageCancelApiPath(view.manageToken), timezone: zone };
  const body = html`<main class="page">
<div class="card single manage">
<div id="notice" class="notice" role="status" aria-live="polite" tabindex="-1">${renderNotice(view)}</div>
<p class="host"><span class="host-name">${view.hostName}</span></p>
<h1 class="event-name">${booking.eventName}</h1>
<p id="booking-status" class="status ${confirmed ? 'status-confirmed' : 'status-canceled'}">${confirmed ? 'Confirmed' : 'Canceled'}</p>
<dl class="details-list">
<div><dt>${icon('clock')}When</dt><dd><span id="when-text" data-start="${booking.start}" data-end="${booking.end}">${formatWhen(booking.start, booking.end, zone)}</span><span class="muted zone-note" id="when-zone">${zone.replace(/_/g, ' ')}</span></dd></div>
<div><dt>${icon('pin')}Where</dt><dd>${renderLocationAfterBooking(booking.location)}</dd></div>
<div><dt>${icon('person')}Booked by</dt><dd>${booking.invitee.name}<br><span class="muted">${booking.invitee.email}</span></dd></div>
${notes && html`<div><dt>${icon('note')}Notes</dt><dd class="reason">${notes}</dd></div>`}
</dl>
<div class="field zone-switch" id="zone-switch" hidden><label for="manage-zone">Show times in</label><select id="manage-zone"></select></div>
${renderCanceledNote(view)}
${confirmed && html`<p class="actions" id="manage-actions"><a class="button primary" href="${icsPath(view.manageToken)}">${icon('calendar')}Add to calendar</a>${canCancel && html` <a class="button" id="reschedule-link" href="${manageReschedulePath(view.manageToken)}">Reschedule</a>`}</p>`}
${canCancel && renderCancelBox(view)}
</div>
</main>`;
  return renderDocument({
    title: `${booking.eventName}: your booking`,
    body,
    script: ASSET_URLS.manageScript,
    data: { id: 'manage-data', value: data },
  });
}
