// Runs anywhere (shared). Which of this device's edits a newer edit from another device just
// replaced, so the device can say so and keep the lost value (ARCHITECTURE.md, "Newer edit wins").
import type { CollectionName } from '../schemas/index.ts';
import { deepEqual } from './deep-equal.ts';
import { editedFields } from './edited-fields.ts';
import { deviceOfStamp, type EditStamps, type FieldEdit } from './edit-stamp.ts';

type Doc = Record<string, unknown>;

export interface LostEdit {
  field: string;
  /** This device's value, which lost. */
  lost: unknown;
  /** The value that replaced it. */
  kept: unknown;
  /** This device's edit and the one that won. */
  lostEdit: FieldEdit;
  keptEdit: FieldEdit;
}

/**
 * The fields where `before` (this device's version) held this device's edit and `after` holds
 * another device's edit that did not start from it: the two edits were concurrent and the other
 * one won. An edit made after seeing ours (`after` is our stamp) replaced it knowingly and is
 * not a loss; nor is a value equal to ours.
 */
export function findLostEdits(collection: CollectionName, before: Doc, after: Doc, deviceId: string): LostEdit[] {
  const beforeStamps = (before['editStamps'] ?? {}) as EditStamps;
  const afterStamps = (after['editStamps'] ?? {}) as EditStamps;
  const lost: LostEdit[] = [];
  for (const field of editedFields(collection)) {
    const mine = beforeStamps[field];
    const theirs = afterStamps[field];
    if (mine === undefined || theirs === undefined || mine.at === theirs.at) continue;
    if (deviceOfStamp(mine.at) !== deviceId || deviceOfStamp(theirs.at) === deviceId) continue;
    if (theirs.after === mine.at) continue;
    if (deepEqual(before[field] ?? null, after[field] ?? null)) continue;
    lost.push({ field, lost: before[field] ?? null, kept: after[field] ?? null, lostEdit: mine, keptEdit: theirs });
  }
  return lost;
}
