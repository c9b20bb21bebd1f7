// renderer: which documents of one write to RxDB's replication meta instance the "not yet
// synced" tracker must check again.

/**
 * RxDB's context for the meta write that follows a pull (the pulled state went to the local
 * collection first). An RxDB internal: should it ever change, nothing matches and every id is
 * checked again, as before (slower, never wrong).
 */
export const PULL_META_WRITE_CONTEXT = 'replication-down-write-meta';

export interface MetaWriteBulk {
  context: string;
  events: readonly { documentData: { isCheckpoint: string; itemId: string } }[];
}

/**
 * The ids of documents (checkpoints left out) whose sync state this meta write may have changed.
 *
 * A pull's meta write records as the server's state exactly what the local document now holds
 * (RxDB skips documents with local changes not sent yet), so it can only turn an unsynced
 * document synced, never the other way: after a pull, only documents that may be unsynced
 * (`mayBeUnsynced`: marked so, waiting for a check or being checked right now) need a look.
 * Skipping the rest keeps a first sync of thousands of documents from checking each one again.
 * Every other meta write (a push went through, a conflict was resolved) is checked in full.
 */
export function metaIdsToRecheck(bulk: MetaWriteBulk, mayBeUnsynced: (id: string) => boolean): string[] {
  const ids: string[] = [];
  const pulled = bulk.context === PULL_META_WRITE_CONTEXT;
  for (const event of bulk.events) {
    if (event.documentData.isCheckpoint !== '0') continue;
    const id = event.documentData.itemId;
    if (!pulled || mayBeUnsynced(id)) ids.push(id);
  }
  return ids;
}
