// Runs on the server. After a failed no-JS post: every problem listed at the top, each linking to its
// field, so keyboard and screen-reader users land on what to fix.
import { describeFieldError } from './describe-field-error.ts';
import { html, type SafeHtml } from './escape-html.ts';
import { icon } from './icons.ts';
import { pageText, type PageText } from './i18n/translate.ts';
import type { FieldErrorView } from './page-types.ts';

export function renderErrorSummary(errors: readonly FieldErrorView[], fieldIds: Readonly<Record<string, string>>, text: PageText = pageText()): SafeHtml | '' {
  if (errors.length === 0) return '';
  const items = errors.map((error) => {
    const sentence = describeFieldError(error.field, error.message, text);
    const id = fieldIds[error.field];
    return html`<li>${id ? html`<a href="#${id}">${sentence}</a>` : sentence}</li>`;
  });
  return html`<div class="error-summary"><p class="error-title">${icon('alert')}${text.t('errors.title')}</p><ul>${items}</ul></div>`;
}
