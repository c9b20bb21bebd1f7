// Runs anywhere (shared). Small semantic rules shared by the document validators. Each looks only
// at values of the right type: a wrong type has already been reported by the schema check.
import type { ErrorList } from './error-list.ts';
import { joinPath } from './field-error.ts';
import { isPlausibleEmail } from './is-plausible-email.ts';
import { isCanonicalUtcTime } from './parse-iso-instant.ts';
import type { TimeZoneCheck } from './create-time-zone-check.ts';

type Fields = Record<string, unknown>;

export const UTC_TIME_MESSAGE = 'must be an ISO-8601 UTC time like 2026-12-01T09:00:00.000Z';

/** `obj[key]` is a stored timestamp (or null where `nullable`). */
export function checkUtcTime(obj: Fields, key: string, path: string, errors: ErrorList, nullable = false): void {
  const value = obj[key];
  if (nullable && value === null) return;
  if (typeof value === 'string' && !isCanonicalUtcTime(value)) errors.add(joinPath(path, key), UTC_TIME_MESSAGE);
}

export function checkNotBlank(obj: Fields, key: string, path: string, errors: ErrorList): void {
  const value = obj[key];
  if (typeof value === 'string' && value.trim() === '') errors.add(joinPath(path, key), 'must not be blank');
}

export function checkTimeZone(obj: Fields, key: string, path: string, errors: ErrorList, isZone: TimeZoneCheck): void {
  const value = obj[key];
  if (typeof value === 'string' && !isZone(value)) {
    errors.add(joinPath(path, key), 'must be an IANA time zone such as Europe/Berlin');
  }
}

/** An email address; `allowEmpty` for optional ones (a link without a contact). */
export function checkEmail(obj: Fields, key: string, path: string, errors: ErrorList, allowEmpty = false): void {
  const value = obj[key];
  if (typeof value !== 'string' || (allowEmpty && value === '')) return;
  if (!isPlausibleEmail(value)) {
    errors.add(joinPath(path, key), 'must be an email address like name@example.com');
  }
}

/** Earlier `startKey` than `endKey`, both stored timestamps; reported on the end. */
export function checkOrderedTimes(obj: Fields, startKey: string, endKey: string, path: string, errors: ErrorList): void {
  const start = obj[startKey];
  const end = obj[endKey];
  if (typeof start !== 'string' || typeof end !== 'string') return;
  if (!isCanonicalUtcTime(start) || !isCanonicalUtcTime(end)) return;
  if (end <= start) errors.add(joinPath(path, endKey), `must be later than ${startKey}`);
}
