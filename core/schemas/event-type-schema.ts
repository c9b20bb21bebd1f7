// Runs anywhere (shared). The `event_types` collection: a kind of meeting a host offers.
import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { MAX_LENGTH, PATTERNS, RANGES } from './limits.ts';
import { editStampsSchema } from './edit-stamps-schema.ts';
import { availabilitySchema, idSchema, isoTimeSchema, locationSchema } from './shared-parts.ts';

const eventTypeSchemaLiteral = {
  title: 'event type',
  // 1: meeting limits and the reminder (second round). Optional, so a document written before
  // still validates; the migrations (RxDB's and the server's 0005) fill them with null.
  version: 2,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idSchema,
    name: { type: 'string', maxLength: MAX_LENGTH.name },
    slug: { type: 'string', maxLength: MAX_LENGTH.slug, pattern: PATTERNS.slug },
    description: { type: 'string', maxLength: MAX_LENGTH.description },
    durationMinutes: { type: 'integer', ...RANGES.durationMinutes },
    location: locationSchema,
    availability: availabilitySchema,
    minNoticeMinutes: { type: 'integer', ...RANGES.minNoticeMinutes },
    bufferBeforeMinutes: { type: 'integer', ...RANGES.bufferMinutes },
    bufferAfterMinutes: { type: 'integer', ...RANGES.bufferMinutes },
    horizonDays: { type: 'integer', ...RANGES.horizonDays },
    slotStepMinutes: { type: 'integer', ...RANGES.slotStepMinutes },
    publicBooking: { type: 'boolean' },
    archived: { type: 'boolean' },
    maxBookingsPerDay: { type: ['integer', 'null'], ...RANGES.maxBookingsPerDay },
    maxBookingsPerWeek: { type: ['integer', 'null'], ...RANGES.maxBookingsPerWeek },
    reminderMinutes: { type: ['integer', 'null'], enum: [60, 1440, null] },
    createdAt: isoTimeSchema,
    updatedAt: isoTimeSchema,
    editStamps: editStampsSchema([
      'name', 'slug', 'description', 'durationMinutes', 'location', 'availability', 'minNoticeMinutes',
      'bufferBeforeMinutes', 'bufferAfterMinutes', 'horizonDays', 'slotStepMinutes', 'publicBooking', 'archived',
      'maxBookingsPerDay', 'maxBookingsPerWeek', 'reminderMinutes',
    ]),
  },
  required: [
    'id', 'name', 'slug', 'description', 'durationMinutes', 'location', 'availability', 'minNoticeMinutes',
    'bufferBeforeMinutes', 'bufferAfterMinutes', 'horizonDays', 'slotStepMinutes', 'publicBooking', 'archived',
    'createdAt', 'updatedAt',
  ],
  indexes: ['updatedAt'],
  additionalProperties: false,
} as const;

export type EventTypeDoc = ExtractDocumentTypeFromTypedRxJsonSchema<DeepMutable<typeof eventTypeSchemaLiteral>>;
export const eventTypeSchema: RxJsonSchema<EventTypeDoc> = eventTypeSchemaLiteral as DeepMutable<typeof eventTypeSchemaLiteral>;
