// Runs anywhere (shared). The `bookings` collection. Only the server creates bookings; a host
// may change only `status` (to canceled) and `cancelReason` (see core/merge).
import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { MAX_LENGTH } from './limits.ts';
import { idSchema, isoTimeSchema, locationSchema } from './shared-parts.ts';

export const BOOKING_STATUSES = ['confirmed', 'canceled'] as const;

const bookingSchemaLiteral = {
  title: 'booking',
  // 1: the reschedule chain (second round). Optional, so a document written before still
  // validates; the migrations (RxDB's and the server's 0005) fill them with null.
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idSchema,
    eventTypeId: idSchema,
    linkId: { type: ['string', 'null'], maxLength: MAX_LENGTH.id },
    start: isoTimeSchema,
    end: isoTimeSchema,
    eventName: { type: 'string', maxLength: MAX_LENGTH.name },
    location: locationSchema,
    invitee: {
      type: 'object',
      properties: {
        name: { type: 'string', maxLength: MAX_LENGTH.name },
        email: { type: 'string', maxLength: MAX_LENGTH.email },
        timezone: { type: 'string', maxLength: MAX_LENGTH.timezone },
        notes: { type: 'string', maxLength: MAX_LENGTH.notes },
      },
      required: ['name', 'email', 'timezone', 'notes'],
      additionalProperties: false,
    },
    status: { type: 'string', enum: BOOKING_STATUSES },
    canceledAt: { type: ['string', 'null'], maxLength: MAX_LENGTH.isoTime },
    canceledBy: { type: ['string', 'null'], enum: ['host', 'invitee', null] },
    cancelReason: { type: 'string', maxLength: MAX_LENGTH.cancelReason },
    /** The booking this one replaced (a reschedule), or null. */
    rescheduledFromId: { type: ['string', 'null'], maxLength: MAX_LENGTH.id },
    /** The booking that replaced this one (then status is canceled, cancelReason 'rescheduled'), or null. */
    rescheduledToId: { type: ['string', 'null'], maxLength: MAX_LENGTH.id },
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
