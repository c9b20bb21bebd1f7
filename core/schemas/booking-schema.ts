// Runs anywhere (shared). The `bookings` collection. Only the server creates bookings; a host
// may change only `status` (to canceled) and `cancelReason` (see core/merge).
import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { idSchema, isoTimeSchema, locationSchema } from './shared-parts.ts';

export const BOOKING_STATUSES = ['confirmed', 'canceled'] as const;

const bookingSchemaLiteral = {
  title: 'booking',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idSchema,
    eventTypeId: idSchema,
    linkId: { type: ['string', 'null'], maxLength: 64 },
    start: isoTimeSchema,
    end: isoTimeSchema,
    eventName: { type: 'string', maxLength: 200 },
    location: locationSchema,
    invitee: {
      type: 'object',
      properties: {
        name: { type: 'string', maxLength: 200 },
        email: { type: 'string', maxLength: 320 },
        timezone: { type: 'string', maxLength: 64 },
        notes: { type: 'string', maxLength: 2000 },
      },
      required: ['name', 'email', 'timezone', 'notes'],
      additionalProperties: false,
    },
    status: { type: 'string', enum: BOOKING_STATUSES },
    canceledAt: { type: ['string', 'null'], maxLength: 32 },
    canceledBy: { type: ['string', 'null'], enum: ['host', 'invitee', null] },
    cancelReason: { type: 'string', maxLength: 2000 },
    createdAt: isoTimeSchema,
    updatedAt: isoTimeSchema,
  },
  required: [
    'id', 'eventTypeId', 'linkId', 'start', 'end', 'eventName', 'location', 'invitee', 'status', 'canceledAt',
    'canceledBy', 'cancelReason', 'createdAt', 'updatedAt',
  ],
  indexes: ['start'],
  additionalProperties: false,
} as const;

export type BookingDoc = ExtractDocumentTypeFromTypedRxJsonSchema<DeepMutable<typeof bookingSchemaLiteral>>;
export type BookingStatus = BookingDoc['status'];
export const bookingSchema: RxJsonSchema<BookingDoc> = bookingSchemaLiteral as DeepMutable<typeof bookingSchemaLiteral>;
