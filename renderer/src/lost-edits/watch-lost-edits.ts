// renderer: watches every collection for this device's edits that a newer edit from another
// device replaced (pulled, or settled by the conflict handler), and records them to show.
import type { RxChangeEvent, RxCollection } from 'rxdb';
import { findLostEdits } from '../../../core/merge/index.ts';
import { COLLECTION_NAMES } from '../../../core/schemas/index.ts';
import type { AppDatabase } from '../db/app-database-types.ts';
import { lostEditNotice, type LostEditNotice } from './lost-edit-notice.ts';

type Doc = Record<string, unknown>;

export function watchLostEdits(db: AppDatabase, deviceId: string, record: (notices: LostEditNotice[]) => Promise<void>): () => void {
  const subscriptions = COLLECTION_NAMES.map((name) =>
    (db[name] as unknown as RxCollection<Doc>).$.subscribe((event: RxChangeEvent<Doc>) => {
      if (event.operation !== 'UPDATE' || event.previousDocumentData === undefined) return;
      const after = event.documentData as Doc;
      const lost = findLostEdits(name, event.previousDocumentData as Doc, after, deviceId);
      if (lost.length === 0) return;
      record(lost.map((edit) => lostEditNotice(name, after, edit))).catch((error: unknown) => {
        // The database closed (sign-out) between the event and the write: nothing left to tell.
        console.warn('could not record a lost edit', error);
      });
    }),
  );
  return () => subscriptions.forEach((s) => s.unsubscribe());
}
