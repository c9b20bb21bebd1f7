// renderer: replicates the three collections with the sync server: pull, push, and the live
// stream (one shared SSE connection) mapped to RESYNC; retries with backoff; a visible state.
import type { RxCollection, RxReplicationPullStreamItem } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { combineLatest, distinctUntilChanged, filter, map, Subject, type Observable, type Subscription } from 'rxjs';
import { COLLECTION_NAMES, isCollectionName, type CollectionDocs, type CollectionName } from '../../../core/schemas/index.ts';
import { checkToken, normalizeServerUrl } from './check-sync-target.ts';
import { connectChangeStream } from './connect-change-stream.ts';
import { createPullHandler } from './create-pull-handler.ts';
import { createPushHandler } from './create-push-handler.ts';
import { isClosingDatabaseError, readLastSyncedAt, writeLastSyncedAt } from './last-synced-record.ts';
import { settleActivity } from './settle-activity.ts';
import { createSyncHttpClient } from './sync-http-client.ts';
import { createSyncStatusTracker } from './sync-status-tracker.ts';
import type { CollectionReplications, StartReplicationOptions, SyncCheckpoint, SyncController } from './sync-types.ts';
import { trackUnsyncedIds } from './track-unsynced-ids.ts';
import { createWakeSignal } from './wake-signal.ts';
import { isBrowserOffline, watchConnectivity } from './watch-connectivity.ts';

// The server's largest page (MAX_PULL_LIMIT): RxDB's per-round overhead dominates a first sync
// (bench/initial-sync). Larger pages did no better: what is left is RxDB's per-document work
// (copies, the replication meta instance, index entries and their garbage), not per-page rounds.
export const PULL_BATCH_SIZE = 1000;
export const PUSH_BATCH_SIZE = 50;
/** RxDB's own retry pause; our handlers retry themselves, so it only covers the unexpected. */
const RXDB_RETRY_MS = 5000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_STREAM_STALE_MS = 60_000;

export function startReplication(options: StartReplicationOptions): SyncController {
  const serverUrl = normalizeServerUrl(options.serverUrl);
  const token = checkToken(options.token);
  const { db } = options;
  if (db.closed) throw new Error('db: the database is closed');
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  const onUnexpectedError = options.onUnexpectedError ?? ((error: unknown) => console.error('sync:', error));

  const stopping = new AbortController();
  const wake = createWakeSignal();
  const status = createSyncStatusTracker({ browserOffline: isBrowserOffline(), onReachable: () => wake.wake() });
  const client = createSyncHttpClient({
    serverUrl,
    token,
    fetch: fetchFn,
    status,
    wake,
    backoff: options.backoff,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    signal: stopping.signal,
  });
  const subscriptions: Subscription[] = [];

  // Every (re)connect and every change event of the stream becomes a RESYNC of the collections it names.
  const resync$ = new Subject<CollectionName>();
  const resync = (names: readonly string[]): void => {
    for (const name of names) if (isCollectionName(name)) resync$.next(name);
  };

  function replicate<C extends CollectionName>(name: C): RxReplicationState<CollectionDocs[C], SyncCheckpoint> {
    const collection = db.collections[name] as unknown as RxCollection<CollectionDocs[C]>;
    const stream$: Observable<RxReplicationPullStreamItem<CollectionDocs[C], SyncCheckpoint>> = resync$.pipe(
      filter((changed) => changed === name),
      map(() => 'RESYNC' as const),
    );
    const replication = replicateRxCollection<CollectionDocs[C], SyncCheckpoint>({
      // The server URL keeps checkpoints apart when the same data is pointed at another server.
      replicationIdentifier: `sync-server ${serverUrl}`,
      collection,
      live: true,
      retryTime: RXDB_RETRY_MS,
      waitForLeadership: false,
      autoStart: true,
      // Booking news must arrive while the window is hidden or minimized to the tray.
      toggleOnDocumentVisible: false,
      pull: { batchSize: PULL_BATCH_SIZE, handler: createPullHandler(client, name), stream$ },
      push: { batchSize: PUSH_BATCH_SIZE, handler: createPushHandler(client, collection, name) },
    });
    subscriptions.push(replication.error$.subscribe((error) => {
      // Failed requests show in the state; what is left (write errors, bad answers RxDB caught) is unexpected.
      if (!stopping.signal.aborted) onUnexpectedError(error);
    }));
    return replication;
  }

  const replications = {} as Record<CollectionName, RxReplicationState<never, SyncCheckpoint>>;
  for (const name of COLLECTION_NAMES) replications[name] = replicate(name) as unknown as RxReplicationState<never, SyncCheckpoint>;
  const allReplications = Object.values(replications);

  subscriptions.push(
    settleActivity(combineLatest(allReplications.map((r) => r.active$)).pipe(map((flags) => flags.some(Boolean))))
      .subscribe((active) => status.setActive(active)),
  );

  const stream = connectChangeStream({
    serverUrl,
    token,
    fetch: fetchFn,
    status,
    wake,
    backoff: options.backoff,
    staleAfterMs: options.streamStaleAfterMs ?? DEFAULT_STREAM_STALE_MS,
    signal: stopping.signal,
    onReady: () => resync(COLLECTION_NAMES),
    onChange: (collections) => resync(collections ?? COLLECTION_NAMES),
  });

  const retryNow = (): void => {
    if (stopping.signal.aborted) return;
    wake.wake();
    stream.connectIfDown();
    for (const replication of allReplications) replication.reSync();
  };

  const unwatch = watchConnectivity({
    online: () => {
      status.setBrowserOffline(false);
      // The old connection most likely died with the old network.
      stream.reconnectNow();
      retryNow();
    },
    offline: () => status.setBrowserOffline(true),
    visible: retryNow,
  });

  // The last sync time, remembered across restarts.
  readLastSyncedAt(db, serverUrl)
    .then((iso) => {
      if (iso && !stopping.signal.aborted) status.restoreLastSyncedAt(iso);
    })
    .catch((error: unknown) => {
      if (!isClosingDatabaseError(error)) onUnexpectedError(error);
    });
  let saving: Promise<void> = Promise.resolve();
  subscriptions.push(
    status.state$.pipe(map((s) => s.lastSyncedAt), distinctUntilChanged()).subscribe((lastSyncedAt) => {
      if (lastSyncedAt === null) return;
      saving = saving
        .then(() => (stopping.signal.aborted || db.closed ? undefined : writeLastSyncedAt(db, serverUrl, lastSyncedAt)))
        .catch((error: unknown) => {
          if (!stopping.signal.aborted && !db.closed && !isClosingDatabaseError(error)) onUnexpectedError(error);
        });
    }),
  );
  if (options.onStateChange) subscriptions.push(status.state$.subscribe(options.onStateChange));

  const unsynced = new Map<CollectionName, Observable<ReadonlySet<string>>>();
  let stopped: Promise<void> | null = null;

  const controller: SyncController = {
    state$: status.state$,
    getState: status.getState,
    replications: replications as unknown as CollectionReplications,
    unsyncedIds$(collection) {
      if (!isCollectionName(collection)) throw new Error(`collection: "${String(collection)}" is not one of ${COLLECTION_NAMES.join(', ')}`);
      let tracked = unsynced.get(collection);
      if (!tracked) {
        tracked = trackUnsyncedIds(replications[collection] as unknown as RxReplicationState<unknown, unknown>, stopping.signal);
        unsynced.set(collection, tracked);
      }
      return tracked;
    },
    retryNow,
    async awaitInSync() {
      await Promise.all(allReplications.map((r) => r.awaitInSync()));
    },
    stop() {
      stopped ??= (async () => {
        stopping.abort(new Error('sync stopped'));
        unwatch();
        await Promise.all(allReplications.map((r) => r.cancel()));
        // Only after an await: when the database closes, it is iterating over onClose right now.
        const onClose = db.onClose.indexOf(stopOnClose);
        if (onClose !== -1) db.onClose.splice(onClose, 1);
        for (const s of subscriptions) s.unsubscribe();
        resync$.complete();
        status.stop();
        await saving;
      })();
      return stopped;
    },
  };
  const stopOnClose = (): Promise<void> => controller.stop();
  db.onClose.push(stopOnClose);
  return controller;
}
