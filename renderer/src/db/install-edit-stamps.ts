// renderer: every local write of a host-edited field gets an edit stamp (core/merge/stamp-edits.ts),
// through one RxDB pre-save hook per collection, so no screen can forget it. Replication writes
// (pulled documents, resolved conflicts) bypass hooks and keep the stamps they carry.
import { isRxDocument } from 'rxdb';
import { stampEdits } from '../../../core/merge/index.ts';
import { COLLECTION_NAMES } from '../../../core/schemas/index.ts';
import type { AppDatabase } from './app-database-types.ts';

type Doc = Record<string, unknown>;

export function installEditStamps(db: AppDatabase, deviceId: string, now: () => number = Date.now): void {
  for (const name of COLLECTION_NAMES) {
    db[name].preSave((next, previous) => {
      // RxDB's types name the second argument a document; at run time it is the stored data.
      const before = (isRxDocument(previous) ? previous.toJSON(true) : previous) as unknown as Doc;
      const after = next as unknown as Doc;
      const stamps = stampEdits(name, before, after, now(), deviceId);
      if (stamps !== undefined) after['editStamps'] = stamps;
    }, false);
  }
}
