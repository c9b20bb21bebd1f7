// renderer: validation errors as the forms use them: one message per dot path, so each input
// looks up its own message (`errors['availability.weekly.mon.0.end']`).
import type { FieldError } from '../../../core/validation/index.ts';

/** Messages by dot path ('name', 'weekly.mon.0.end'); '' holds an error about the whole input. */
export type FieldErrors = Readonly<Record<string, string>>;

export const NO_ERRORS: FieldErrors = Object.freeze({});

/** The first message per field wins, as the validators report the most basic problem first. */
export function toFieldErrors(errors: readonly FieldError[]): FieldErrors {
  const map: Record<string, string> = {};
  for (const { field, message } of errors) map[field] ??= message;
  return map;
}

/**
 * The errors under `prefix`, with paths made relative to it: ('availability', 'availability.timezone')
 * → 'timezone'; an error about `prefix` itself becomes ''.
 */
export function scopeFieldErrors(errors: FieldErrors, prefix: string): FieldErrors {
  const start = `${prefix}.`;
  const scoped: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    if (field === prefix) scoped[''] = message;
    else if (field.startsWith(start)) scoped[field.slice(start.length)] = message;
  }
  return scoped;
}

/** Core messages are phrases ("must not be blank") meant to follow a field name; under an input they start a sentence. */
export function displayMessage(message: string | undefined): string | undefined {
  if (message === undefined || message === '') return message;
  return message.charAt(0).toUpperCase() + message.slice(1);
}
