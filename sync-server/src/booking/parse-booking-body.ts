// Runs on the server. The body of a booking POST (JSON or the no-JS form): core's booking-request
// validator, plus a strict rule for the public API: a field it does not know is an error that
// names it, so a typo (`starts`) is reported rather than silently ignored.
import type { BookingRequest, FieldError } from '../../../core/validation/index.ts';
import { validateBookingRequest } from '../../../core/validation/index.ts';
import { isKnownTimeZone } from '../app/known-time-zone.ts';

const KNOWN_FIELDS = new Set(['start', 'name', 'email', 'timezone', 'notes']);

export function parseBookingBody(body: unknown): { ok: true; value: BookingRequest } | { ok: false; errors: FieldError[] } {
  const checked = validateBookingRequest(body, isKnownTimeZone);
  const unknown: FieldError[] = typeof body === 'object' && body !== null && !Array.isArray(body)
    ? Object.keys(body).filter((key) => !KNOWN_FIELDS.has(key)).slice(0, 20).map((key) => ({ field: key.slice(0, 100), message: 'is not a known field' }))
    : [];
  if (!checked.ok) return { ok: false, errors: [...checked.errors, ...unknown] };
  if (unknown.length > 0) return { ok: false, errors: unknown };
  return checked;
}
