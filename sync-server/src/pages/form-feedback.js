// Runs in the browser (module of the booking and manage pages). Errors next to their fields, the way
// the server renders them: a `.field-error` before the control, tied to it by aria-describedby.
// Sentences in the page's language (page-messages.js); English where the page embeds none.
// @ts-check
/* global document */
import { hasMessages, message as say } from './page-messages.js';

/** @type {Record<string, string>} */
const FIELD_LABELS = { name: 'Name', email: 'Email', notes: 'Notes', start: 'Time', timezone: 'Time zone', reason: 'Reason' };

/** The validators' English fragments by the message that says them; the same as describe-field-error.ts. */
export const ERROR_PATTERNS = /** @type {const} */ ([
  [/^is required$/, 'error.required'],
  [/^must not be empty$/, 'error.empty'],
  [/^must be at most (\d+) characters$/, 'error.tooLong'],
  [/^must be an email address like/, 'error.email'],
  [/^must not contain /, 'error.controlChars'],
  [/^must be an IANA time zone/, 'error.zone'],
  [/^That time was just taken/, 'error.taken'],
  [/^The booking request must be/, 'error.request'],
]);

/**
 * 'must not be empty' → 'Email must not be empty' (English keeps full sentences as they are);
 * in another language the known fragments are translated, anything else is "<label> is not valid".
 * @param {string} field @param {string} message
 */
export function describeError(field, message) {
  const label = say(`field.${field}`, {}, FIELD_LABELS[field] ?? '');
  if (!hasMessages() || document.documentElement.lang === 'en') return label && /^[a-z]/.test(message) ? `${label} ${message}` : message;
  for (const [pattern, key] of ERROR_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return say(key, { label, max: match[1] ?? '' });
  }
  // A sentence the page made itself (checkNameAndEmail) is in the page's language already.
  if (!/^[a-z]/.test(message)) return message;
  return label ? say('error.invalid', { label }) : say('error.request');
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
  announce(notice, [say('js.checkMarked', {}, 'Please check the marked fields.'), ...elsewhere].join(' '), 'error');
  (firstControl ?? notice).focus();
}

/** What the browser can check before asking the server (which checks everything again). @param {HTMLInputElement} name @param {HTMLInputElement} email */
export function checkNameAndEmail(name, email) {
  const errors = [];
  // Full sentences: describeError shows them as they are.
  if (name.value.trim() === '') errors.push({ field: 'name', message: say('js.enterName', {}, 'Please enter your name.') });
  if (email.value.trim() === '') errors.push({ field: 'email', message: say('js.enterEmail', {}, 'Please enter your email address.') });
  else if (email.validity.typeMismatch) errors.push({ field: 'email', message: say('js.emailLike', {}, 'Please enter an email address like name@example.com.') });
  return errors;
}
