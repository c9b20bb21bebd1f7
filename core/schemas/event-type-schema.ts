// Runs anywhere (shared). The `event_types` collection: a kind of meeting a host offers.
import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { availabilitySchema, idSchema, isoTimeSchema, locationSchema } from './shared-parts.ts';

const eventTypeSchemaLiteral = {
  title: 'event type',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idSchema,
    name: { type: 'string', maxLength: 200 },
    slug: { type: 'string', maxLength: 100, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
    description: { type: 'string', maxLength: 5000 },
    durationMinutes: { type: 'integer', minimum: 5, maximum: 720 },
    location: locationSchema,
    availability: availabilitySchema,
    minNoticeMinutes: { type: 'integer', minimum: 0, maximum: 525600 },
    bufferBeforeMinutes: { type: 'integer', minimum: 0, maximum: 720 },
    bufferAfterMinutes: { type: 'integer', minimum: 0, maximum: 720 },
    horizonDays: { type: 'integer', minimum: 1, maximum: 730 },
    slotStepMinutes: { type: 'integer', minimum: 5, maximum: 720 },
    publicBooking: { type: 'boolean' },
    archived: { type: 'boolean' },
    createdAt: isoTimeSchema,
    updatedAt: isoTimeSchema,
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
