// Runs on the server. A field error as a sentence in the page's language. The validators speak
// English fragments ('must not be empty'); English pages put the field's label in front ('Email
// must not be empty') and keep full sentences as they are. Other languages translate the
// fragments they know and say "<label> is not valid" for any other, so no English is left on the
// page. form-feedback.js does the same in the browser with the same patterns.
import type { MessageKey } from './i18n/en.ts';
import { pageText, type PageText } from './i18n/translate.ts';

const LABEL_KEYS: Readonly<Record<string, MessageKey>> = {
  name: 'field.name',
  email: 'field.email',
  notes: 'field.notes',
  start: 'field.start',
  timezone: 'field.timezone',
  reason: 'field.reason',
};

/** The validators' messages (core/validation) and the routes' own, by the key that says them. */
export const ERROR_PATTERNS: ReadonlyArray<readonly [RegExp, MessageKey]> = [
  [/^is required$/, 'error.required'],
  [/^must not be empty$/, 'error.empty'],
  [/^must be at most (\d+) characters$/, 'error.tooLong'],
  [/^must be an email address like/, 'error.email'],
  [/^must not contain /, 'error.controlChars'],
  [/^must be an IANA time zone/, 'error.zone'],
  [/^That time was just taken/, 'error.taken'],
  [/^The booking request must be/, 'error.request'],
];

export function describeFieldError(field: string, message: string, text: PageText = pageText()): string {
  const labelKey = LABEL_KEYS[field];
  const label = labelKey ? text.t(labelKey) : '';
  if (text.lang === 'en') return label !== '' && /^[a-z]/.test(message) ? `${label} ${message}` : message;
  for (const [pattern, key] of ERROR_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return text.t(key, { label, max: match[1] ?? '' });
  }
  return label !== '' ? text.t('error.invalid', { label }) : text.t('error.request');
}
