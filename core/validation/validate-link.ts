// Runs anywhere (shared). A `links` document. `useCount` may exceed nothing here: redemption state
// is the server's, and it enforces `maxUses` in its booking transaction.
import type { LinkDoc } from '../schemas/index.ts';
import { linkSchema } from '../schemas/index.ts';
import { checkAvailability } from './check-availability.ts';
import { checkSchema, isPlainObject } from './check-schema.ts';
import type { TimeZoneCheck } from './create-time-zone-check.ts';
import { ErrorList } from './error-list.ts';
import type { ValidationResult } from './field-error.ts';
import { toResult } from './field-error.ts';
import { checkEmail, checkNotBlank, checkUtcTime } from './field-rules.ts';
import { isValidTimeZone } from './is-valid-time-zone.ts';
import { replicatedSchema } from './replicated-schema.ts';

const schema = replicatedSchema(linkSchema);
/** Fields that may hold line breaks and tabs (check-text.ts); every other string is single-line. */
const FREE_TEXT = ['note', 'overrides.location.details'] as const;

/** Accepts RxDB's `_deleted` (and ignores `_meta`, `_rev`, `_attachments`); the value is the input itself. */
export function validateLink(input: unknown, isZone: TimeZoneCheck = isValidTimeZone): ValidationResult<LinkDoc> {
  const errors = new ErrorList();
  checkSchema(schema, input, '', errors, FREE_TEXT);
  if (isPlainObject(input)) {
    checkNotBlank(input, 'id', '', errors);
    checkNotBlank(input, 'eventTypeId', '', errors);
    for (const key of ['expiresAt', 'revokedAt', 'lastBookedAt']) checkUtcTime(input, key, '', errors, true);
    checkUtcTime(input, 'createdAt', '', errors);
    checkUtcTime(input, 'updatedAt', '', errors);
    const { overrides, contact } = input;
    if (isPlainObject(overrides)) {
      checkNotBlank(overrides, 'name', 'overrides', errors);
      checkAvailability(overrides['availability'], 'overrides.availability', errors, isZone);
    }
    if (isPlainObject(contact)) checkEmail(contact, 'email', 'contact', errors, true);
  }
  return toResult(input as LinkDoc, errors.errors);
}
