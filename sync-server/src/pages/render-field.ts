// Runs on the server. One labelled form field with its error right under the label, tied to the
// control by aria-describedby (the browser script adds and removes errors the same way).
import { describeFieldError } from './describe-field-error.ts';
import { html, type HtmlValue, type SafeHtml } from './escape-html.ts';
import type { PageText } from './i18n/translate.ts';
import type { FieldErrorView } from './page-types.ts';

export interface FieldParts {
  field: string;
  id: string;
  label: HtmlValue;
  hint?: string;
  errors: readonly FieldErrorView[];
  /** Renders the control; gets the attributes that tie it to the hint and the error. */
  control: (attributes: SafeHtml) => SafeHtml;
  /** The page's language for the error sentences (English when not given). */
  text?: PageText;
}

/** The error sentences of one field, or '' when it has none. */
export function errorTextOf(field: string, errors: readonly FieldErrorView[], text?: PageText): string {
  return errors.filter((error) => error.field === field).map((error) => describeFieldError(field, error.message, text)).join(' ');
}

export function renderFieldError(id: string, text: string): SafeHtml {
  return html`<p class="field-error" id="${id}-error">${text}</p>`;
}

export function renderField({ field, id, label, hint, errors, control, text }: FieldParts): SafeHtml {
  const errorText = errorTextOf(field, errors, text);
  const describedBy = [hint ? `${id}-hint` : '', errorText ? `${id}-error` : ''].filter(Boolean).join(' ');
  const attributes = html`id="${id}"${describedBy && html` aria-describedby="${describedBy}"`}${errorText && html` aria-invalid="true"`}`;
  return html`<div class="field${errorText && ' has-error'}" data-field="${field}">
<label for="${id}">${label}</label>
${hint && html`<p class="hint" id="${id}-hint">${hint}</p>`}
${errorText && renderFieldError(id, errorText)}
${control(attributes)}
</div>`;
}
