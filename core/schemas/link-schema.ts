// Runs anywhere (shared). The `links` collection: single-use (or n-use) booking links.
// `useCount`, `bookingIds` and `lastBookedAt` are owned by the server (see core/merge).
import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { MAX_ITEMS, MAX_LENGTH, PATTERNS, RANGES, TOKEN_MIN_LENGTH } from './limits.ts';
import { editStampsSchema } from './edit-stamps-schema.ts';
import { availabilitySchema, idSchema, isoTimeSchema, locationSchema } from './shared-parts.ts';

/** The token is the capability in the URL: 128+ random bits in base64url (22+ characters). */
export const TOKEN_MAX_LENGTH = MAX_LENGTH.token;

const linkSchemaLiteral = {
  title: 'link',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idSchema,
    token: { type: 'string', minLength: TOKEN_MIN_LENGTH, maxLength: TOKEN_MAX_LENGTH, pattern: PATTERNS.token },
    eventTypeId: idSchema,
    maxUses: { type: 'integer', ...RANGES.maxUses },
    expiresAt: { type: ['string', 'null'], maxLength: MAX_LENGTH.isoTime },
    revokedAt: { type: ['string', 'null'], maxLength: MAX_LENGTH.isoTime },
    overrides: {
      type: 'object',
      properties: {
        durationMinutes: { type: 'integer', ...RANGES.durationMinutes },
        location: locationSchema,
        availability: availabilitySchema,
        name: { type: 'string', maxLength: MAX_LENGTH.name },
      },
      additionalProperties: false,
    },
    contact: {
      type: 'object',
      properties: {
        name: { type: 'string', maxLength: MAX_LENGTH.name },
        email: { type: 'string', maxLength: MAX_LENGTH.email },
      },
      required: ['name', 'email'],
      additionalProperties: false,
    },
    note: { type: 'string', maxLength: MAX_LENGTH.note },
    createdAt: isoTimeSchema,
    updatedAt: isoTimeSchema,
    useCount: { type: 'integer', minimum: 0 },
    bookingIds: { type: 'array', items: { type: 'string', maxLength: MAX_LENGTH.id }, maxItems: MAX_ITEMS.bookingIds },
    lastBookedAt: { type: ['string', 'null'], maxLength: MAX_LENGTH.isoTime },
    editStamps: editStampsSchema(['eventTypeId', 'maxUses', 'expiresAt', 'revokedAt', 'overrides', 'contact', 'note']),
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
