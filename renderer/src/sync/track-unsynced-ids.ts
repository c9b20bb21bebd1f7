// renderer: which documents have local changes the server has not confirmed ("not yet synced").
//
// RxDB keeps, per document, the last state it believes the server has (the replication's meta
// instance: written after a push succeeded or a pull brought the document). A document is
// synced when its local state equals that state by the collection's own `isEqual`, the same
// test RxDB uses to decide what to push. A document resolved from a conflict is unsynced until
// the merged state went up.
import { getAssumedMasterState, getChangedDocumentsSince, writeDocToDocState, type RxDocumentData, type RxStorageInstanceReplicationState } from 'rxdb';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import { distinctUntilChanged, ReplaySubject, type Observable, type Subscription } from 'rxjs';
import { metaIdsToRecheck } from './meta-ids-to-recheck.ts';

const SCAN_BATCH = 500;

async function findUnsynced<T>(state: RxStorageInstanceReplicationState<T>, ids: string[]): Promise<Map<string, boolean>> {
  const [forkDocs, assumed] = await Promise.all([state.input.forkInstance.findDocumentsById(ids, true), getAssumedMasterState(state, ids)]);
  const result = new Map<string, boolean>(ids.map((id) => [id, false]));
  for (const doc of forkDocs as RxDocumentData<T & { id: string }>[]) {
    const master = assumed[doc.id];
    const synced = master !== undefined
      && master.metaDocument.isResolvedConflict !== doc._rev
      && state.input.conflictHandler.isEqual(master.docData, writeDocToDocState(doc, false, false), 'unsynced-ids');
    result.set(doc.id, !synced);
  }
  return result;
}

/** Emits the current set once the local data was checked, then after every change. Ends when `signal` aborts. */
export function trackUnsyncedIds<T>(replication: RxReplicationState<T, unknown>, signal: AbortSignal): Observable<ReadonlySet<string>> {
  const subject = new ReplaySubject<ReadonlySet<string>>(1);
  const unsynced = new Set<string>();
  const pending = new Set<string>();
  // Ids whose check is running now, and whether the full scan is: a pull's meta write landing
  // meanwhile may not be in what they read, so it is not skipped (see metaIdsToRecheck).
  let checking: ReadonlySet<string> = new Set();
  let scanning = false;
  const mayBeUnsynced = (id: string): boolean => scanning || unsynced.has(id) || pending.has(id) || checking.has(id);
  const subscriptions: Subscription[] = [];
  let queue: Promise<void> = Promise.resolve();
  let queued = false;
  let state: RxStorageInstanceReplicationState<T> | null = null;

  const finish = (): void => {
    for (const s of subscriptions) s.unsubscribe();
    subject.complete();
  };
  if (signal.aborted) finish();
  else signal.addEventListener('abort', finish, { once: true });

  const apply = (results: Map<string, boolean>): boolean => {
    let changed = false;
    for (const [id, isUnsynced] of results) {
      if (isUnsynced === unsynced.has(id)) continue;
      changed = true;
      if (isUnsynced) unsynced.add(id);
      else unsynced.delete(id);
    }
    return changed;
  };

  const processPending = async (): Promise<void> => {
    queued = false;
    if (!state || signal.aborted || pending.size === 0) return;
    const ids = [...pending];
    pending.clear();
    checking = new Set(ids);
    try {
      if (apply(await findUnsynced(state, ids))) subject.next(new Set(unsynced));
    } finally {
      checking = new Set();
    }
  };

  const schedule = (ids: readonly string[]): void => {
    for (const id of ids) pending.add(id);
    if (queued || ids.length === 0) return;
    queued = true;
    queue = queue.then(processPending).catch((error: unknown) => {
      // The storage closes under us when replication stops; anything else is a real problem.
      if (!signal.aborted) subject.error(error);
    });
  };

  const scanAll = async (internal: RxStorageInstanceReplicationState<T>): Promise<void> => {
    let checkpoint: unknown;
    scanning = true;
    try {
      for (;;) {
        const page = await getChangedDocumentsSince(internal.input.forkInstance, SCAN_BATCH, checkpoint);
        if (signal.aborted) return;
        if (page.documents.length === 0) break;
        checkpoint = page.checkpoint;
        apply(await findUnsynced(internal, page.documents.map((d) => (d as unknown as { id: string }).id)));
      }
    } finally {
      scanning = false;
    }
    subject.next(new Set(unsynced));
  };

  const start = async (): Promise<void> => {
    await replication.startPromise;
    const internal = replication.internalReplicationState;
    const meta = replication.metaInstance;
    if (signal.aborted || !internal || !meta) return;
    state = internal;
    // Pulled documents are the server's state; their meta write (which follows) decides.
    const downstreamFlag = await internal.downstreamBulkWriteFlag;
    // The scan starts after the listeners below are in place (a microtask later), and changes
    // they report are checked after the scan: no change falls between the two.
    queue = Promise.resolve().then(() => scanAll(internal));
    subscriptions.push(
      internal.input.forkInstance.changeStream().subscribe((bulk) => {
        if (bulk.context !== downstreamFlag) schedule(bulk.events.map((e) => e.documentId));
      }),
      meta.changeStream().subscribe((bulk) => {
        schedule(metaIdsToRecheck(bulk, mayBeUnsynced));
      }),
    );
    await queue;
  };
  start().catch((error: unknown) => {
    if (!signal.aborted) subject.error(error);
  });

  return subject.pipe(distinctUntilChanged((a, b) => a.size === b.size && [...a].every((id) => b.has(id))));
}
