// Runs in the browser (module of the booking and manage pages). Errors next to their fields, the way
// the server renders them: a `.field-error` before the control, tied to it by aria-describedby.
// @ts-check
/* global document */

/** @type {Record<string, string>} */
const FIELD_LABELS = { name: 'Name', email: 'Email', notes: 'Notes', start: 'Time', timezone: 'Time zone', reason: 'Reason' };

/** 'must not be empty' → 'Email must not be empty'; full sentences stay. @param {string} field @param {string} message */
export function describeError(field, message) {
  const label = FIELD_LABELS[field];
  return label && /^[a-z]/.test(message) ? `${label} ${message}` : message;
}

/** @param {HTMLElement} control @param {string} text */
export function setFieldError(control, text) {
  const id = `${control.id}-error`;
  let error = document.getElementById(id);
  if (!error) {
    error = document.createElement('p');
    error.className = 'field-error';
    error.id = id;
    control.before(error);
  }
  error.textContent = text;
  control.closest('.field')?.classList.add('has-error');
  control.setAttribute('aria-invalid', 'true');
  const ids = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean));
  ids.add(id);
  control.setAttribute('aria-describedby', [...ids].join(' '));
}

/** @param {HTMLElement} container */
export function clearFieldErrors(container) {
  for (const error of container.querySelectorAll('.field-error')) error.remove();
  for (const field of container.querySelectorAll('.has-error')) field.classList.remove('has-error');
  for (const control of container.querySelectorAll('[aria-invalid]')) {
    control.removeAttribute('aria-invalid');
    const rest = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.endsWith('-error'));
    if (rest.length > 0) control.setAttribute('aria-describedby', rest.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}

/** Replaces a live region's message. @param {HTMLElement} region @param {string} text @param {'info' | 'error' | 'success'} tone */
export function announce(region, text, tone = 'info') {
  const message = document.createElement('p');
  message.className = `notice-msg ${tone}`;
  message.textContent = text;
  region.replaceChildren(message);
}

/**
 * Puts each error at its field (ids by field name) and sums up in the notice; focus goes to the
 * first marked field, or to the notice when no field matched.
 * @param {{ field: string, message: string }[]} errors @param {Record<string, string>} fieldIds @param {HTMLElement} notice
 */
export function showErrorsAtFields(errors, fieldIds, notice) {
  if (errors.length === 0) return;
  /** @type {HTMLElement | null} */
  let firstControl = null;
  const elsewhere = [];
  for (const { field, message } of errors) {
    const control = document.getElementById(fieldIds[field] ?? '');
    if (control) {
      setFieldError(control, describeError(field, message));
      firstControl ??= control;
    } else {
      elsewhere.push(describeError(field, message));
    }
  }
  announce(notice, ['Please check the marked fields.', ...elsewhere].join(' '), 'error');
  (firstControl ?? notice).focus();
}

/** What the browser can check before asking the server (which checks everything again). @param {HTMLInputElement} name @param {HTMLInputElement} email */
export function checkNameAndEmail(name, email) {
  const errors = [];
  if (name.value.trim() === '') errors.push({ field: 'name', message: 'Please enter your name.' });
  if (email.value.trim() === '') errors.push({ field: 'email', message: 'Please enter your email address.' });
  else if (email.validity.typeMismatch) errors.push({ field: 'email', message: 'Please enter an email address like name@example.com.' });
  return errors;
}
