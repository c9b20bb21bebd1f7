// Runs anywhere (shared). The shape every validator in core/ reports problems in.

/** One problem with one field. `field` is a dot path ('availability.weekly.mon.0.end', 'email'; '' for the whole input). */
export interface FieldError {
  field: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Joins path segments into the dot path the UI and logs use. */
export function joinPath(parent: string, key: string | number): string {
  return parent === '' ? String(key) : `${parent}.${key}`;
}

/** The result of a check that collected `errors` while looking at `value`. */
export function toResult<T>(value: T, errors: FieldError[]): ValidationResult<T> {
  return errors.length === 0 ? { ok: true, value } : { ok: false, errors };
}
