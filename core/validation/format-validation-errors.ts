// Runs anywhere (shared). One line for logs, toasts and 400 answers.
import type { FieldError } from './field-error.ts';

const MAX_LISTED = 10;

export function formatValidationErrors(errors: FieldError[]): string {
  const listed = errors.slice(0, MAX_LISTED).map((e) => (e.field === '' ? e.message : `${e.field}: ${e.message}`));
  const rest = errors.length - listed.length;
  return rest > 0 ? `${listed.join('; ')}; and ${rest} more` : listed.join('; ');
}
