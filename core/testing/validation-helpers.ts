// Runs anywhere (shared; used by tests). Reading a ValidationResult in assertions:
// `expect(errorFields(result)).toContain('availability.timezone')`.
import type { ValidationResult } from '../validation/index.ts';

/** The dot paths of all fields with an error ([] when the result is ok). */
export function errorFields(result: ValidationResult<unknown>): string[] {
  return result.ok ? [] : result.errors.map((e) => e.field);
}

/** The message for one field, or undefined when that field has none. */
export function errorFor(result: ValidationResult<unknown>, field: string): string | undefined {
  return result.ok ? undefined : result.errors.find((e) => e.field === field)?.message;
}
