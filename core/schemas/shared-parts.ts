// Runs anywhere (shared). JSON-schema fragments that more than one collection uses.
// Kept as `as const` literals so document types can be derived from them; bounds from limits.ts.
import { MAX_ITEMS, MAX_LENGTH, PATTERNS } from './limits.ts';

/** Upper bound for ids; primary keys and indexed strings need a maxLength in RxDB. */
export const ID_MAX_LENGTH = MAX_LENGTH.id;
/** ISO-8601 UTC timestamps such as 2026-12-01T09:00:00.000Z are 24 characters. */
export const ISO_MAX_LENGTH = MAX_LENGTH.isoTime;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const LOCATION_KINDS = ['video', 'phone', 'in_person', 'custom', 'none'] as const;

export const clockTimeSchema = { type: 'string', pattern: PATTERNS.clockTime, maxLength: 5 } as const;
export const dateSchema = { type: 'string', pattern: PATTERNS.date, maxLength: 10 } as const;
export const isoTimeSchema = { type: 'string', maxLength: ISO_MAX_LENGTH } as const;
export const idSchema = { type: 'string', maxLength: ID_MAX_LENGTH } as const;

export const intervalSchema = {
  type: 'object',
  properties: { start: clockTimeSchema, end: clockTimeSchema },
  required: ['start', 'end'],
  additionalProperties: false,
} as const;

const dayIntervalsSchema = { type: 'array', items: intervalSchema, maxItems: MAX_ITEMS.intervalsPerDay } as const;

export const availabilitySchema = {
  type: 'object',
  properties: {
    timezone: { type: 'string', maxLength: MAX_LENGTH.timezone },
    weekly: {
      type: 'object',
      properties: {
        mon: dayIntervalsSchema,
        tue: dayIntervalsSchema,
        wed: dayIntervalsSchema,
        thu: dayIntervalsSchema,
        fri: dayIntervalsSchema,
        sat: dayIntervalsSchema,
        sun: dayIntervalsSchema,
      },
      required: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      additionalProperties: false,
    },
    overrides: {
      type: 'array',
      maxItems: MAX_ITEMS.dateOverrides,
      items: {
        type: 'object',
        properties: { date: dateSchema, intervals: dayIntervalsSchema },
        required: ['date', 'intervals'],
        additionalProperties: false,
      },
    },
  },
  required: ['timezone', 'weekly', 'overrides'],
  additionalProperties: false,
} as const;

export const locationSchema = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: LOCATION_KINDS },
    details: { type: 'string', maxLength: MAX_LENGTH.locationDetails },
  },
  required: ['kind', 'details'],
  additionalProperties: false,
} as const;
