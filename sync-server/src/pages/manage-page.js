// Runs in the browser (the manage page's module script). Offers the booking's time in another zone
// and cancels with JSON instead of a page load; without it the cancel form posts and the server
// answers with the canceled page.
// @ts-check
/* global document */
import { announce, clearFieldErrors, describeError, setFieldError } from './form-feedback.js';
import { fillZones, whenText, zoneLabel } from './zone-time.js';

/** @typedef {{ cancelUrl: string, timezone: string }} ManageData */
/** @typedef {{ field: string, message: string }} FieldError */

/** @param {string} id */
function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The manage page has no #${id}`);
  return element;
}

/** @param {ManageData} data */
function enableZoneSwitch(data) {
  const when = byId('when-text');
  const zoneNote = byId('when-zone');
  const select = /** @type {HTMLSelectElement} */ (byId('manage-zone'));
  fillZones(select, data.timezone);
  byId('zone-switch').hidden = false;
  select.addEventListener('change', () => {
    when.textContent = whenText(when.dataset.start ?? '', when.dataset.end ?? '', select.value);
    zoneNote.textContent = zoneLabel(select.value);
  });
}

/** @param {string} reason */
function showCanceled(reason) {
  const status = byId('booking-status');
  status.textContent = 'Canceled';
  status.className = 'status status-canceled';
  const who = document.createElement('strong');
  who.textContent = 'You canceled this booking.';
  byId('canceled-who').replaceChildren(who);
  const reasonLine = byId('canceled-reason');
  reasonLine.textContent = reason ? `Reason: ${reason}` : '';
  reasonLine.hidden = reason === '';
  byId('canceled-note').hidden = false;
  const actions = document.getElementById('manage-actions');
  if (actions) actions.hidden = true;
  byId('cancel-box').hidden = true;
}

/** @param {ManageData} data @param {HTMLFormElement} form */
function enableJsonCancel(data, form) {
  const notice = byId('notice');
  const reason = /** @type {HTMLTextAreaElement} */ (byId('f-reason'));
  const submit = byId('cancel-submit');
  let sending = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (sending) return;
    sending = true;
    submit.setAttribute('aria-disabled', 'true');
    clearFieldErrors(form);
    announce(notice, 'Canceling…');
    try {
      const response = await fetch(data.cancelUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ reason: reason.value }),
      });
      const body = await response.json().catch(() => null);
      if (response.ok) {
        showCanceled(reason.value.trim());
        announce(notice, 'Your booking is canceled.', 'success');
        notice.focus();
      } else if (response.status === 400 && Array.isArray(body?.fields)) {
        const errors = /** @type {FieldError[]} */ (body.fields);
        for (const error of errors) setFieldError(reason, describeError(error.field, error.message));
        announce(notice, 'Please check the reason.', 'error');
        reason.focus();
      } else if (response.status === 429) {
        announce(notice, 'Too many attempts in a short time. Please wait a minute, then try again.', 'error');
      } else if (response.status === 404 || response.status === 409 || response.status === 410) {
        announce(notice, 'This booking can no longer be canceled here. Reload the page to see its current state.', 'error');
      } else {
        announce(notice, 'Something went wrong and the booking was not canceled. Please try again.', 'error');
      }
    } catch {
      announce(notice, 'The cancellation could not be sent. Please check your connection and try again.', 'error');
    } finally {
      sending = false;
      submit.removeAttribute('aria-disabled');
    }
  });
}

const dataElement = document.getElementById('manage-data');
if (dataElement) {
  /** @type {ManageData} */
  const data = JSON.parse(dataElement.textContent ?? '{}');
  enableZoneSwitch(data);
  const form = document.getElementById('cancel-form');
  if (form) enableJsonCancel(data, /** @type {HTMLFormElement} */ (form));
}
