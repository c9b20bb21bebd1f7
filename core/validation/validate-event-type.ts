// Runs anywhere (shared). An `event_types` document as the server takes it on push and the editor
// saves it: the schema's shape plus the rules the slot engine needs.
import type { EventTypeDoc } from '../schemas/index.ts';
import { eventTypeSchema } from '../schemas/index.ts';
import { checkAvailability } from './check-availability.ts';
import { checkSchema, isPlainObject } from './check-schema.ts';
import type { TimeZoneCheck } from './create-time-zone-check.ts';
import { ErrorList } from './error-list.ts';
import type { ValidationResult } from './field-error.ts';
import { toResult } from './field-error.ts';
import { checkNotBlank, checkUtcTime } from './field-rules.ts';
import { isValidTimeZone } from './is-valid-time-zone.ts';
import { replicatedSchema } from './replicated-schema.ts';

const schema = replicatedSchema(eventTypeSchema);
/** Fields that may hold line breaks and tabs (check-text.ts); every other string is single-line. */
const FREE_TEXT = ['description', 'location.details'] as const;

/** Accepts RxDB's `_deleted` (and ignores `_meta`, `_rev`, `_attachments`); the value is the input itself. */
export function validateEventType(input: unknown, isZone: TimeZoneCheck = isValidTimeZone): ValidationResult<EventTypeDoc> {
  const errors = new ErrorList();
  checkSchema(schema, input, '', errors, FREE_TEXT);
  if (isPlainObject(input)) {
    checkNotBlank(input, 'id', '', errors);
    checkNotBlank(input, 'name', '', errors);
    checkAvailability(input['availability'], 'availability', errors, isZone);
    checkUtcTime(input, 'createdAt', '', errors);
    checkUtcTime(input, 'updatedAt', '', errors);
  }
  return toResult(input as EventTypeDoc, errors.errors);
}
