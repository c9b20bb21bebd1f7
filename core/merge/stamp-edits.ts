// Runs anywhere (shared). Stamps a local write: every host-edited field the write changes gets a
// new edit stamp (edit-stamp.ts), so a later merge can tell which of two devices edited it last.
import type { CollectionName } from '../schemas/index.ts';
import { deepEqual } from './deep-equal.ts';
import { editedFields } from './edited-fields.ts';
import { nextEditStamp, type EditStamps } from './edit-stamp.ts';

type Doc = Record<string, unknown>;

/**
 * The `editStamps` the document should carry after a local write from `before` to `after`:
 * `before`'s stamps, with a new one for each edited field whose value changed. Undefined when
 * there are none (a document as created carries no stamps).
 */
export function stampEdits(collection: CollectionName, before: Doc, after: Doc, nowMs: number, deviceId: string): EditStamps | undefined {
  const previous = (before['editStamps'] ?? undefined) as EditStamps | undefined;
  let stamps: EditStamps | undefined = previous;
  for (const field of editedFields(collection)) {
    if (deepEqual(before[field] ?? null, after[field] ?? null)) continue;
    const last = previous?.[field]?.at;
    stamps = { ...stamps, [field]: { at: nextEditStamp(last, nowMs, deviceId), after: last ?? '' } };
  }
  return stamps;
}
