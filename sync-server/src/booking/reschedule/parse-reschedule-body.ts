// Runs on the server. The body of a reschedule POST (JSON, or the manage page's no-JS form):
// `{start, timezone}`, strictly, like a booking POST: a field it does not know is an error naming it.
import type { FieldError } from '../../../../core/validation/index.ts';
import { parseIsoInstant } from '../../../../core/validation/parse-iso-instant.ts';
import type { RescheduleRequest } from './draft-reschedule.ts';
import { isKnownTimeZone } from '../../app/known-time-zone.ts';

const KNOWN_FIELDS = new Set(['start', 'timezone']);

export function parseRescheduleBody(body: unknown, defaultTimezone?: string): { ok: true; value: RescheduleRequest } | { ok: false; errors: FieldError[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { ok: false, errors: [{ field: '', message: 'must be an object' }] };
  const input = body as Record<string, unknown>;
  const errors: FieldError[] = Object.keys(input).filter((key) => !KNOWN_FIELDS.has(key)).slice(0, 20)
    .map((key) => ({ field: key.slice(0, 100), message: 'is not a known field' }));
  const rawStart = input['start'];
  const ms = typeof rawStart === 'string' && rawStart.length <= 64 ? parseIsoInstant(rawStart) : null;
  if (rawStart === undefined) errors.push({ field: 'start', message: 'is required' });
  else if (ms === null) errors.push({ field: 'start', message: 'must be an ISO-8601 time with an offset, like 2026-12-01T09:00:00Z' });
  const timezone = input['timezone'] ?? defaultTimezone;
  if (timezone === undefined) errors.push({ field: 'timezone', message: 'is required' });
  else if (typeof timezone !== 'string' || !isKnownTimeZone(timezone)) errors.push({ field: 'timezone', message: 'must be an IANA time zone such as Europe/Berlin' });
  if (errors.length > 0 || ms === null || typeof timezone !== 'string') return { ok: false, errors };
  return { ok: true, value: { start: new Date(ms).toISOString(), timezone } };
}
