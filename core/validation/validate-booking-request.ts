// Runs anywhere (shared). What an invitee posts to book a slot: untrusted JSON from the public
// booking page. Unknown fields are ignored (pages and clients may send more); known ones are
// checked and normalized. Whether the start is actually free is the slot engine's call, not this.
import { MAX_LENGTH } from '../schemas/limits.ts';
import { isPlainObject } from './check-schema.ts';
import { checkText } from './check-text.ts';
import { codePointLength } from './code-point-length.ts';
import type { TimeZoneCheck } from './create-time-zone-check.ts';
import { ErrorList } from './error-list.ts';
import type { ValidationResult } from './field-error.ts';
import { isPlausibleEmail } from './is-plausible-email.ts';
import { isValidTimeZone } from './is-valid-time-zone.ts';
import { parseIsoInstant } from './parse-iso-instant.ts';

export interface BookingRequest {
  /** Normalized to UTC: `2026-12-01T09:00:00.000Z`. */
  start: string;
  /** Trimmed. */
  name: string;
  /** Trimmed. */
  email: string;
  timezone: string;
  /** '' when not given. */
  notes: string;
}

export const BOOKING_REQUEST_LIMITS = { name: MAX_LENGTH.name, email: MAX_LENGTH.email, notes: MAX_LENGTH.notes } as const;
const MIN_YEAR = 2000;
const MAX_YEAR = 2200;


function readString(input: Record<string, unknown>, key: string, errors: ErrorList, optional = false): string | null {
  const value = Object.hasOwn(input, key) ? input[key] : undefined;
  if (value === undefined || value === null) {
    if (optional) return '';
    errors.add(key, 'is required');
    return null;
  }
  if (typeof value !== 'string') {
    errors.add(key, 'must be a string');
    return null;
  }
  return value;
}

function normalizeStart(raw: string, errors: ErrorList): string {
  const ms = raw.length <= 64 ? parseIsoInstant(raw) : null;
  if (ms === null) {
    errors.add('start', 'must be an ISO-8601 time with an offset, like 2026-12-01T09:00:00Z');
    return raw;
  }
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) {
    errors.add('start', `must be between the years ${MIN_YEAR} and ${MAX_YEAR}`);
    return raw;
  }
  return date.toISOString();
}

function checkName(name: string, errors: ErrorList): void {
  const length = codePointLength(name);
  if (length === 0) errors.add('name', 'must not be empty');
  else if (length > BOOKING_REQUEST_LIMITS.name) errors.add('name', `must be at most ${BOOKING_REQUEST_LIMITS.name} characters`);
  // Line breaks and other control characters in a name end up in mails and calendar files.
  else checkText(name, 'single-line', 'name', errors);
}

function checkEmailInput(email: string, errors: ErrorList): void {
  if (email === '') errors.add('email', 'must not be empty');
  else if (codePointLength(email) > BOOKING_REQUEST_LIMITS.email) errors.add('email', `must be at most ${BOOKING_REQUEST_LIMITS.email} characters`);
  else {
    checkText(email, 'single-line', 'email', errors);
    if (!isPlausibleEmail(email)) errors.add('email', 'must be an email address like name@example.com');
  }
}

/** `isZone`: how the invitee's time zone is checked (see TimeZoneCheck). */
export function validateBookingRequest(input: unknown, isZone: TimeZoneCheck = isValidTimeZone): ValidationResult<BookingRequest> {
  if (!isPlainObject(input)) return { ok: false, errors: [{ field: '', message: 'The booking request must be a JSON object' }] };
  const errors = new ErrorList();
  // Field by field, so errors come in the order of the form.
  const rawStart = readString(input, 'start', errors);
  const start = rawStart === null ? '' : normalizeStart(rawStart, errors);
  const rawName = readString(input, 'name', errors);
  const name = rawName?.trim() ?? '';
  if (rawName !== null) checkName(name, errors);
  const rawEmail = readString(input, 'email', errors);
  const email = rawEmail?.trim() ?? '';
  if (rawEmail !== null) checkEmailInput(email, errors);
  const timezone = readString(input, 'timezone', errors);
  if (timezone !== null) {
    checkText(timezone, 'single-line', 'timezone', errors);
    if (!isZone(timezone)) errors.add('timezone', 'must be an IANA time zone such as Europe/Berlin');
  }
  const notes = readString(input, 'notes', errors, true);
  if (notes !== null && codePointLength(notes) > BOOKING_REQUEST_LIMITS.notes) {
    errors.add('notes', `must be at most ${BOOKING_REQUEST_LIMITS.notes} characters`);
  } else if (notes !== null) {
    checkText(notes, 'free-text', 'notes', errors);
  }

  if (errors.errors.length > 0) return { ok: false, errors: errors.errors };
  return { ok: true, value: { start, name, email, timezone: timezone ?? '', notes: notes ?? '' } };
}
