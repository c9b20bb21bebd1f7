// renderer: shape checks for drafts read back from storage: a draft written by another version
// of a form must be dropped rather than crash the editor that reads it.
import { LOCATION_KINDS, WEEKDAYS, type Availability, type MeetingLocation } from '../../../core/schemas/index.ts';

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isNumberOrEmpty = (v: unknown): v is number | '' => v === '' || (typeof v === 'number' && Number.isFinite(v));

const isIntervalList = (v: unknown) => Array.isArray(v) && v.every((i) => isRecord(i) && typeof i['start'] === 'string' && typeof i['end'] === 'string');

export function isAvailabilityShape(v: unknown): v is Availability {
  if (!isRecord(v) || typeof v['timezone'] !== 'string' || !isRecord(v['weekly']) || !Array.isArray(v['overrides'])) return false;
  const weekly = v['weekly'];
  return WEEKDAYS.every((day) => isIntervalList(weekly[day]))
    && v['overrides'].every((o) => isRecord(o) && typeof o['date'] === 'string' && isIntervalList(o['intervals']));
}

export function isLocationShape(v: unknown): v is MeetingLocation {
  return isRecord(v) && (LOCATION_KINDS as readonly unknown[]).includes(v['kind']) && typeof v['details'] === 'string';
}

/** Whether `v` is a record whose `keys` all pass `check`. */
export function hasFields(v: Record<string, unknown>, keys: readonly string[], check: (value: unknown) => boolean): boolean {
  return keys.every((k) => check(v[k]));
}
