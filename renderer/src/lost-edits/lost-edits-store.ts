// renderer: the lost edits not yet dismissed, kept in the local database (a local document, never
// replicated) so a loss noticed while the host looked away is still listed after a restart.
import type { Observable } from 'rxjs';
import { map } from 'rxjs';
import type { AppDatabase } from '../db/app-database-types.ts';
import type { LostEditNotice } from './lost-edit-notice.ts';

const LOCAL_ID = 'lost-edits';
/** The newest are kept; a host who lets a hundred pile up needs the recent ones. */
export const MAX_LOST_EDITS = 50;

interface Stored {
  notices: LostEditNotice[];
}

// Read-modify-write of one local document: one change at a time per database, or two losses
// noticed together would each write the list without the other.
const queues = new WeakMap<AppDatabase, Promise<void>>();

function inTurn(db: AppDatabase, change: () => Promise<void>): Promise<void> {
  const next = (queues.get(db) ?? Promise.resolve()).then(change, change);
  queues.set(db, next.catch(() => undefined));
  return next;
}

/** Adds notices (newest first), once each. */
export function addLostEdits(db: AppDatabase, notices: LostEditNotice[]): Promise<void> {
  if (notices.length === 0) return Promise.resolve();
  return inTurn(db, () => addNow(db, notices));
}

async function addNow(db: AppDatabase, notices: LostEditNotice[]): Promise<void> {
  const existing = (await db.getLocal<Stored>(LOCAL_ID))?.toJSON().data.notices ?? [];
  const known = new Set(existing.map((n) => n.id));
  const fresh = notices.filter((n) => !known.has(n.id));
  if (fresh.length === 0) return;
  await db.upsertLocal<Stored>(LOCAL_ID, { notices: [...fresh, ...existing].slice(0, MAX_LOST_EDITS) });
}

export function dismissLostEdit(db: AppDatabase, id: string): Promise<void> {
  return inTurn(db, async () => {
    const existing = (await db.getLocal<Stored>(LOCAL_ID))?.toJSON().data.notices ?? [];
    await db.upsertLocal<Stored>(LOCAL_ID, { notices: existing.filter((n) => n.id !== id) });
  });
}

export function lostEdits$(db: AppDatabase): Observable<readonly LostEditNotice[]> {
  return db.getLocal$<Stored>(LOCAL_ID).pipe(map((doc): readonly LostEditNotice[] => (doc?.toJSON().data.notices ?? []) as readonly LostEditNotice[]));
}
