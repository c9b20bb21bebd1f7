// Runs anywhere (shared). A `bookings` document: the server writes these, and checks a host's
// push (a cancel) against the same rules.
import type { BookingDoc } from '../schemas/index.ts';
import { bookingSchema } from '../schemas/index.ts';
import { checkSchema, isPlainObject } from './check-schema.ts';
import type { TimeZoneCheck } from './create-time-zone-check.ts';
import { ErrorList } from './error-list.ts';
import type { ValidationResult } from './field-error.ts';
import { toResult } from './field-error.ts';
import { checkEmail, checkNotBlank, checkOrderedTimes, checkTimeZone, checkUtcTime } from './field-rules.ts';
import { isValidTimeZone } from './is-valid-time-zone.ts';
import { replicatedSchema } from './replicated-schema.ts';

const schema = replicatedSchema(bookingSchema);
/** Fields that may hold line breaks and tabs (check-text.ts); every other string is single-line. */
const FREE_TEXT = ['invitee.notes', 'cancelReason', 'location.details'] as const;

/** A canceled booking says when and by whom; a confirmed one says neither. */
function checkCancelState(input: Record<string, unknown>, errors: ErrorList): void {
  const { status, canceledAt, canceledBy } = input;
  if (status === 'canceled') {
    if (canceledAt === null) errors.add('canceledAt', 'is required when the booking is canceled');
    if (canceledBy === null) errors.add('canceledBy', 'is required when the booking is canceled');
  } else if (status === 'confirmed') {
    if (typeof canceledAt === 'string') errors.add('canceledAt', 'must be null while the booking is confirmed');
    if (typeof canceledBy === 'string') errors.add('canceledBy', 'must be null while the booking is confirmed');
  }
  // A booking replaced by a reschedule is canceled: its time is free again (invariant 8).
  if (typeof input['rescheduledToId'] === 'string' && status !== 'canceled') {
    errors.add('rescheduledToId', 'may be set only on a canceled booking');
  }
}

/** Accepts RxDB's `_deleted` (and ignores `_meta`, `_rev`, `_attachments`); the value is the input itself. */
export function validateBooking(input: unknown, isZone: TimeZoneCheck = isValidTimeZone): ValidationResult<BookingDoc> {
  const errors = new ErrorList();
  checkSchema(schema, input, '', errors, FREE_TEXT);
  if (isPlainObject(input)) {
    checkNotBlank(input, 'id', '', errors);
    checkNotBlank(input, 'eventTypeId', '', errors);
    for (const key of ['start', 'end', 'createdAt', 'updatedAt']) checkUtcTime(input, key, '', errors);
    checkUtcTime(input, 'canceledAt', '', errors, true);
    checkOrderedTimes(input, 'start', 'end', '', errors);
    checkCancelState(input, errors);
    const { invitee } = input;
    if (isPlainObject(invitee)) {
      checkTimeZone(invitee, 'timezone', 'invitee', errors, isZone);
      checkEmail(invitee, 'email', 'invitee', errors);
      checkNotBlank(invitee, 'name', 'invitee', errors);
    }
  }
  return toResult(input as BookingDoc, errors.errors);
}
