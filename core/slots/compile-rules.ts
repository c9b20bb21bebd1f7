// Runs anywhere (shared). Checks SlotRules and turns them into the engine's working form (ms,
// parsed clock times, overrides by day number). Every error names the offending field, because
// rules come from stored documents and a bare TypeError deep in the engine helps nobody.
import { WEEKDAYS } from '../schemas/index.ts';
import { assertTimeZone } from './assert-time-zone.ts';
import type { ZoneOffsetCache } from './zone-offset-cache.ts';
import { parseLocalDate } from './local-date.ts';
import { DAY_MS, MINUTE_MS } from './time-units.ts';
import type { SlotRules } from './types.ts';

/** A window of one local day, in ms after local midnight; `end` may be DAY_MS (24:00). */
export interface LocalInterval {
  readonly start: number;
  readonly end: number;
}

export interface CompiledRules {
  readonly zone: string;
  readonly durationMs: number;
  readonly stepMs: number;
  readonly noticeMs: number;
  readonly bufferBeforeMs: number;
  readonly bufferAfterMs: number;
  readonly horizonMs: number;
  /** Index 0 = Monday … 6 = Sunday. */
  readonly weekly: readonly (readonly LocalInterval[])[];
  /** Date overrides by day number; they replace the weekly intervals of that date. */
  readonly overrides: ReadonlyMap<number, readonly LocalInterval[]>;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

function requireObject(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${name}: expected an object`);
  return value as Record<string, unknown>;
}

function requireInteger(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}: expected an integer from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function requireArray(value: unknown, name: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new Error(`${name}: expected an array`);
  return value;
}

function clockTimeMs(value: unknown, name: string): number {
  const match = typeof value === 'string' ? CLOCK_TIME.exec(value) : null;
  if (!match) throw new Error(`${name}: expected a clock time HH:mm (00:00 to 24:00), got ${JSON.stringify(value)}`);
  if (match[1] === undefined) return DAY_MS;
  return (Number(match[1]) * 60 + Number(match[2])) * MINUTE_MS;
}

function compileIntervals(value: unknown, name: string): LocalInterval[] {
  return requireArray(value, name).map((item, index) => {
    const interval = requireObject(item, `${name}[${index}]`);
    const start = clockTimeMs(interval.start, `${name}[${index}].start`);
    const end = clockTimeMs(interval.end, `${name}[${index}].end`);
    if (end <= start) throw new Error(`${name}[${index}].end: must be after start (${String(interval.start)})`);
    return { start, end };
  });
}

export function compileRules(value: unknown, name: string, zoneOffsets: ZoneOffsetCache): CompiledRules {
  const rules = requireObject(value, name) as Partial<Record<keyof SlotRules, unknown>>;
  const availability = requireObject(rules.availability, `${name}.availability`);
  const weeklyInput = requireObject(availability.weekly, `${name}.availability.weekly`);
  const weekly = WEEKDAYS.map((weekday) => compileIntervals(weeklyInput[weekday], `${name}.availability.weekly.${weekday}`));
  const overrides = new Map<number, LocalInterval[]>();
  requireArray(availability.overrides, `${name}.availability.overrides`).forEach((item, index) => {
    const field = `${name}.availability.overrides[${index}]`;
    const override = requireObject(item, field);
    // A later override of the same date wins, as when assigning into a map.
    overrides.set(parseLocalDate(override.date, `${field}.date`), compileIntervals(override.intervals, `${field}.intervals`));
  });
  return {
    zone: assertTimeZone(availability.timezone, `${name}.availability.timezone`, zoneOffsets),
    durationMs: requireInteger(rules.durationMinutes, `${name}.durationMinutes`, 1, 1440) * MINUTE_MS,
    stepMs: requireInteger(rules.slotStepMinutes, `${name}.slotStepMinutes`, 1, 1440) * MINUTE_MS,
    noticeMs: requireInteger(rules.minNoticeMinutes, `${name}.minNoticeMinutes`, 0, 10 * 525_600) * MINUTE_MS,
    bufferBeforeMs: requireInteger(rules.bufferBeforeMinutes, `${name}.bufferBeforeMinutes`, 0, 1440) * MINUTE_MS,
    bufferAfterMs: requireInteger(rules.bufferAfterMinutes, `${name}.bufferAfterMinutes`, 0, 1440) * MINUTE_MS,
    horizonMs: requireInteger(rules.horizonDays, `${name}.horizonDays`, 0, 3660) * DAY_MS,
    weekly,
    overrides,
  };
}
