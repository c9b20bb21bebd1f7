// Runs anywhere (shared). JSON-schema fragments that more than one collection uses.
// Kept as `as const` literals so document types can be derived from them.

/** Upper bound for ids; primary keys and indexed strings need a maxLength in RxDB. */
export const ID_MAX_LENGTH = 64;
/** ISO-8601 UTC timestamps such as 2026-12-01T09:00:00.000Z are 24 characters. */
export const ISO_MAX_LENGTH = 32;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const LOCATION_KINDS = ['video', 'phone', 'in_person', 'custom', 'none'] as const;

export const clockTimeSchema = { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$', maxLength: 5 } as const;
export const dateSchema = { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', maxLength: 10 } as const;
export const isoTimeSchema = { type: 'string', maxLength: ISO_MAX_LENGTH } as const;
export const idSchema = { type: 'string', maxLength: ID_MAX_LENGTH } as const;

export const intervalSchema = {
  type: 'object',
  properties: { start: clockTimeSchema, end: clockTimeSchema },
  required: ['start', 'end'],
  additionalProperties: false,
} as const;

const dayIntervalsSchema = { type: 'array', items: intervalSchema, maxItems: 24 } as const;

export const availabilitySchema = {
  type: 'object',
  properties: {
    timezone: { type: 'string', maxLength: 64 },
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
      maxItems: 1000,
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
    details: { type: 'string', maxLength: 1000 },
  },
  required: ['kind', 'details'],
  additionalProperties: false,
} as const;
