// Runs in the browser (the manage page's module script, also on the reschedule page). Offers the
// booking's time in another zone and cancels with JSON instead of a page load; on the reschedule
// page it posts the chosen time as JSON and shows the new booking in place. Without it the forms
// post and the server answers with a page.
// @ts-check
/* global document */
import { announce, clearFieldErrors, describeError, setFieldError } from './form-feedback.js';
import { fillZones, whenText, zoneLabel } from './zone-time.js';

/** @typedef {{ cancelUrl: string, timezone: string }} ManageData */
/** @typedef {{ rescheduleUrl: string, timezone: string }} RescheduleData */
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

/** @param {string} text */
function bold(text) {
  const strong = document.createElement('strong');
  strong.textContent = text;
  return strong;
}

/** The new booking in place of the week of times, with its own manage link. */
/** @param {{ start: string, end: string, manageUrl: string }} booking @param {string} zone */
function showRescheduled(booking, zone) {
  const card = /** @type {HTMLElement} */ (byId('reschedule-form').closest('.card'));
  const banner = document.createElement('p');
  banner.className = 'success-banner';
  banner.id = 'rescheduled-banner';
  banner.textContent = 'Your booking is moved.';
  const when = document.createElement('p');
  when.id = 'new-time';
  when.append(bold(whenText(booking.start, booking.end, zone)));
  const note = document.createElement('p');
  note.textContent = 'Your booking has a new page: keep its address to view, move or cancel it.';
  const link = document.createElement('a');
  link.className = 'button primary';
  link.id = 'new-manage-link';
  link.href = booking.manageUrl;
  link.textContent = 'Open my booking';
  const actions = document.createElement('p');
  actions.className = 'actions';
  actions.append(link);
  const name = card.querySelector('.event-name');
  if (name) name.textContent = (name.textContent ?? '').replace(/^Reschedule: /, '');
  for (const id of ['current-time', 'reschedule-form']) byId(id).remove();
  for (const element of card.querySelectorAll('.zone-form, .date-pages, #back-to-booking')) element.remove();
  card.append(banner, when, note, actions);
  link.focus();
}

/** @param {RescheduleData} data @param {HTMLFormElement} form */
function enableJsonReschedule(data, form) {
  const notice = byId('notice');
  let sending = false;
  form.addEventListener('submit', async (event) => {
    const button = /** @type {HTMLButtonElement | null} */ (event.submitter);
    if (!button || !button.value) return;
    event.preventDefault();
    if (sending) return;
    sending = true;
    announce(notice, 'Moving your booking…');
    try {
      const response = await fetch(data.rescheduleUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ start: button.value, timezone: data.timezone }),
      });
      const body = await response.json().catch(() => null);
      if (response.status === 201 && body?.booking) {
        announce(notice, '');
        showRescheduled(body.booking, data.timezone);
      } else if (response.status === 409) {
        button.disabled = true;
        announce(notice, 'That time is no longer open. Please pick another.', 'error');
      } else if (response.status === 410) {
        announce(notice, 'This booking can no longer be moved. Reload the page to see its current state.', 'error');
      } else if (response.status === 429) {
        announce(notice, 'Too many attempts in a short time. Please wait a minute, then try again.', 'error');
      } else {
        announce(notice, 'Something went wrong and the booking was not moved. Please try again.', 'error');
      }
    } catch {
      announce(notice, 'The new time could not be sent. Please check your connection and try again.', 'error');
    } finally {
      sending = false;
    }
  });
}

const rescheduleElement = document.getElementById('reschedule-data');
if (rescheduleElement) {
  /** @type {RescheduleData} */
  const data = JSON.parse(rescheduleElement.textContent ?? '{}');
  enableJsonReschedule(data, /** @type {HTMLFormElement} */ (byId('reschedule-form')));
}

const dataElement = document.getElementById('manage-data');
if (dataElement) {
  /** @type {ManageData} */
  const data = JSON.parse(dataElement.textContent ?? '{}');
  enableZoneSwitch(data);
  const form = document.getElementById('cancel-form');
  if (form) enableJsonCancel(data, /** @type {HTMLFormElement} */ (form));
}
