// Runs on the server. The query of GET …/slots: `from` and `to` (dates in `timezone`, inclusive,
// at most MAX_SLOT_RANGE_DAYS apart) and an IANA `timezone`. Untrusted: every problem names its field.
import type { FieldError } from '../../../core/validation/index.ts';
import { isCalendarDate } from '../../../core/validation/index.ts';
import { isKnownTimeZone } from '../app/known-time-zone.ts';
import type { SlotRange } from './list-target-slots.ts';
import { daysBetween } from './local-dates.ts';

/** A month view needs at most 42 days; two months and a margin is plenty. */
export const MAX_SLOT_RANGE_DAYS = 62;
const MIN_YEAR = 2000;
const MAX_YEAR = 2200;

function single(query: Record<string, unknown>, key: string, errors: FieldError[]): string | null {
  const value = query[key];
  if (value === undefined || value === '') {
    errors.push({ field: key, message: 'is required' });
    return null;
  }
  if (typeof value !== 'string') {
    errors.push({ field: key, message: 'must be given once' });
    return null;
  }
  return value;
}

function date(query: Record<string, unknown>, key: string, errors: FieldError[]): string | null {
  const value = single(query, key, errors);
  if (value === null) return null;
  const year = Number(value.slice(0, 4));
  if (!isCalendarDate(value) || year < MIN_YEAR || year > MAX_YEAR) {
    errors.push({ field: key, message: `must be a date like 2026-12-01 between the years ${MIN_YEAR} and ${MAX_YEAR}` });
    return null;
  }
  return value;
}

export function parseSlotQuery(query: unknown): { ok: true; value: SlotRange } | { ok: false; errors: FieldError[] } {
  const q = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const from = date(q, 'from', errors);
  const to = date(q, 'to', errors);
  const timezone = single(q, 'timezone', errors);
  if (timezone !== null && (timezone.length > 64 || !isKnownTimeZone(timezone))) {
    errors.push({ field: 'timezone', message: 'must be an IANA time zone such as Europe/Berlin' });
  }
  if (from !== null && to !== null) {
    const span = daysBetween(from, to);
    if (span < 0) errors.push({ field: 'to', message: 'must not be before from' });
    else if (span + 1 > MAX_SLOT_RANGE_DAYS) errors.push({ field: 'to', message: `must be at most ${MAX_SLOT_RANGE_DAYS} days after from` });
  }
  if (errors.length > 0 || from === null || to === null || timezone === null) return { ok: false, errors };
  return { ok: true, value: { from, to, timezone } };
}
