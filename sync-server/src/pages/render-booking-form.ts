// Runs on the server. The booking form: the no-JS list of times, the invitee's details and the
// submit button. With JavaScript the same form posts JSON, and the list gives way to the picker.
import { BOOKING_REQUEST_LIMITS } from '../../../core/validation/validate-booking-request.ts';
import { html, type SafeHtml } from './escape-html.ts';
import type { PageText } from './i18n/translate.ts';
import type { BookingPageView } from './page-types.ts';
import { renderField } from './render-field.ts';
import { renderSlotList } from './render-slot-list.ts';

export function renderBookingForm(view: BookingPageView, zone: string, text: PageText): SafeHtml {
  const errors = view.errors ?? [];
  const name = view.values?.name ?? view.contact.name;
  const email = view.values?.email ?? view.contact.email;
  const notes = view.values?.notes ?? '';
  const limits = BOOKING_REQUEST_LIMITS;
  return html`<form method="post" action="${view.formAction}" id="booking-form" class="booking-form">
${renderSlotList(view.initialSlots, zone, view.values?.start, errors, text)}
<div id="chosen" class="chosen" hidden>
<button type="button" id="change-time" class="link-button">&larr; ${text.t('form.changeTime')}</button>
<p class="chosen-label">${text.t('form.yourTime')}</p>
<p id="chosen-text" class="chosen-text"></p>
<p id="chosen-zone" class="muted small"></p>
</div>
<input type="hidden" name="timezone" id="form-timezone" value="${zone}">
<fieldset class="details" id="details">
<legend class="step-heading" id="details-heading" tabindex="-1">${text.t('form.details')}</legend>
${renderField({
  field: 'name',
  id: 'f-name',
  label: text.t('field.name'),
  errors,
  text,
  control: (attributes) => html`<input ${attributes} name="name" type="text" autocomplete="name" required maxlength="${limits.name}" value="${name}">`,
})}
${renderField({
  field: 'email',
  id: 'f-email',
  label: text.t('field.email'),
  errors,
  text,
  control: (attributes) => html`<input ${attributes} name="email" type="email" autocomplete="email" required maxlength="${limits.email}" spellcheck="false" value="${email}">`,
})}
${renderField({
  field: 'notes',
  id: 'f-notes',
  label: html`${text.t('field.notes')} <span class="optional">${text.t('form.optional')}</span>`,
  hint: text.t('form.notesHint'),
  errors,
  text,
  control: (attributes) => html`<textarea ${attributes} name="notes" rows="3" maxlength="${limits.notes}">${notes}</textarea>`,
})}
</fieldset>
<button type="submit" class="button primary wide" id="submit-booking">${text.t('form.confirm')}</button>
</form>`;
}
