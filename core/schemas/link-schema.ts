// Runs anywhere (shared). The `links` collection: single-use (or n-use) booking links.
// `useCount`, `bookingIds` and `lastBookedAt` are owned by the server (see core/merge).
import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { availabilitySchema, idSchema, isoTimeSchema, locationSchema } from './shared-parts.ts';

/** The token is the capability in the URL: 128+ random bits in base64url (22+ characters). */
export const TOKEN_MAX_LENGTH = 128;

const linkSchemaLiteral = {
  title: 'link',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idSchema,
    token: { type: 'string', minLength: 22, maxLength: TOKEN_MAX_LENGTH, pattern: '^[A-Za-z0-9_-]+$' },
    eventTypeId: idSchema,
    maxUses: { type: 'integer', minimum: 1, maximum: 1000 },
    expiresAt: { type: ['string', 'null'], maxLength: 32 },
    revokedAt: { type: ['string', 'null'], maxLength: 32 },
    overrides: {
      type: 'object',
      properties: {
        durationMinutes: { type: 'integer', minimum: 5, maximum: 720 },
        location: locationSchema,
        availability: availabilitySchema,
        name: { type: 'string', maxLength: 200 },
      },
      additionalProperties: false,
    },
    contact: {
      type: 'object',
      properties: {
        name: { type: 'string', maxLength: 200 },
        email: { type: 'string', maxLength: 320 },
      },
      required: ['name', 'email'],
      additionalProperties: false,
    },
    note: { type: 'string', maxLength: 2000 },
    createdAt: isoTimeSchema,
    updatedAt: isoTimeSchema,
    useCount: { type: 'integer', minimum: 0 },
    bookingIds: { type: 'array', items: { type: 'string', maxLength: 64 }, maxItems: 1000 },
    lastBookedAt: { type: ['string', 'null'], maxLength: 32 },
  },
  required: [
    'id', 'token', 'eventTypeId', 'maxUses', 'expiresAt', 'revokedAt', 'overrides', 'contact', 'note',
    'createdAt', 'updatedAt', 'useCount', 'bookingIds', 'lastBookedAt',
  ],
  indexes: ['createdAt', 'eventTypeId'],
  additionalProperties: false,
} as const;

export type LinkDoc = ExtractDocumentTypeFromTypedRxJsonSchema<DeepMutable<typeof linkSchemaLiteral>>;
export type LinkOverrides = LinkDoc['overrides'];
export const linkSchema: RxJsonSchema<LinkDoc> = linkSchemaLiteral as DeepMutable<typeof linkSchemaLiteral>;
