// Runs anywhere (shared). The `editStamps` field every replicated collection carries: for each
// field a host edits, when it was last edited and on which device (ARCHITECTURE.md, "Newer edit
// wins"). Only edited fields have an entry; a document as created has none, so the field is
// optional and documents stored before it still validate.
import { MAX_LENGTH, PATTERNS } from './limits.ts';

/** One field's last edit: `at` orders edits across devices, `after` is the `at` it replaced. */
export const fieldEditSchema = {
  type: 'object',
  properties: {
    at: { type: 'string', maxLength: MAX_LENGTH.editStamp, pattern: PATTERNS.editStamp },
    after: { type: 'string', maxLength: MAX_LENGTH.editStamp, pattern: PATTERNS.editStampOrEmpty },
  },
  required: ['at', 'after'],
  additionalProperties: false,
} as const;

/** `editStamps` for a collection whose host-edited fields are `fields` (and no others). */
export function editStampsSchema<const F extends readonly string[]>(fields: F) {
  const properties = Object.fromEntries(fields.map((field) => [field, fieldEditSchema])) as { [K in F[number]]: typeof fieldEditSchema };
  return { type: 'object', properties, additionalProperties: false } as const;
}
