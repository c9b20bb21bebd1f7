// Runs in tests (server side). A minimal desktop stand-in: a real RxDB database (memory storage,
// schema-validated with ajv) replicating all three collections with the sync server over HTTP,
// with the live stream fed from /sync/stream (RESYNC on every (re)connect and change event) and
// the conflict handler of ARCHITECTURE.md (client-owned fields from newDocumentState, server-owned
// from realMasterState; isEqual = deep compare).
import { addRxPlugin, createRxDatabase, type RxCollection, type RxConflictHandler, type RxDatabase, type RxReplicationPullStreamItem } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { Subject } from 'rxjs';
import { deepEqual, mergeByOwnership } from '../../../core/merge/index.ts';
import { COLLECTION_NAMES, collectionSchemas, type CollectionDocs, type CollectionName } from '../../../core/schemas/index.ts';
import type { Checkpoint } from '../store/store.ts';
import { connectEventStream, type EventStreamHandle } from './event-stream-client.ts';

type AnyDoc = Record<string, unknown>;

export interface RxdbTestClientOptions {
  baseUrl: string;
  token: string;
  /** Pull and push batch size (default 100; the server allows up to 1000 per pull). */
  batchSize?: number;
  /** How long RxDB waits before retrying a failed request (default 250 ms). */
  retryTime?: number;
}

export interface RxdbTestClient {
  db: RxDatabase;
  collections: { [C in CollectionName]: RxCollection<CollectionDocs[C]> };
  replications: Record<CollectionName, RxReplicationState<AnyDoc, Checkpoint>>;
  /** Errors RxDB reported (failed requests it will retry, refused pushes, ...). */
  errors: unknown[];
  /** Times the stream connected (the first connect included). */
  streamConnects: () => number;
  /** Push requests sent so far (to see that nothing loops). */
  pushRequests: () => number;
  /** Waits until every collection replicated its initial state. */
  awaitInitialReplication(): Promise<void>;
  /** Waits until nothing is pending in either direction (as far as RxDB knows). */
  awaitInSync(): Promise<void>;
  /** All documents of a collection, as plain JSON, sorted by id. */
  docs<C extends CollectionName>(collection: C): Promise<CollectionDocs[C][]>;
  /** Stops replicating and streaming (local writes keep working), as when a laptop goes offline. */
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
  close(): Promise<void>;
}

function withoutRxdbInternals(doc: AnyDoc): AnyDoc {
  const { _meta: _m, _rev: _r, _attachments: _a, ...rest } = doc;
  return rest;
}

export function ownershipConflictHandler(collection: CollectionName): RxConflictHandler<AnyDoc> {
  return {
    isEqual: (a, b) => deepEqual(withoutRxdbInternals(a), withoutRxdbInternals(b)),
    resolve: async ({ newDocumentState, realMasterState }) =>
      mergeByOwnership(collection, withoutRxdbInternals(newDocumentState), withoutRxdbInternals(realMasterState)) as typeof realMasterState,
  };
}

let databaseCounter = 0;

export async function createRxdbTestClient(options: RxdbTestClientOptions): Promise<RxdbTestClient> {
  const { baseUrl, token } = options;
  const batchSize = options.batchSize ?? 100;
  const auth = { authorization: `Bearer ${token}` };
  databaseCounter += 1;
  // Schemas past version 0 need the migration plugin even on a new, empty database (RxDB asks it
  // for the migration state when a collection opens); the desktop adds it in create-database.ts.
  addRxPlugin(RxDBMigrationSchemaPlugin);
  const db = await createRxDatabase({
    // The memory storage shares data between databases of one name: every client gets its own.
    name: `client${process.pid}x${databaseCounter}x${Math.random().toString(36).slice(2, 8)}`,
    storage: wrappedValidateAjvStorage({ storage: getRxStorageMemory() }),
    multiInstance: false,
  });
  const added = await db.addCollections(Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, { schema: collectionSchemas[name], conflictHandler: ownershipConflictHandler(name) }]),
  ));
  const collections = added as unknown as RxdbTestClient['collections'];

  const errors: unknown[] = [];
  const streams = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Subject<RxReplicationPullStreamItem<AnyDoc, Checkpoint>>()])) as Record<CollectionName, Subject<RxReplicationPullStreamItem<AnyDoc, Checkpoint>>>;
  let connects = 0;
  let pushes = 0;
  let stream: EventStreamHandle | null = null;

  const openStream = (): void => {
    stream = connectEventStream({
      url: `${baseUrl}/sync/stream`,
      token,
      onEvent: ({ event, data }) => {
        if (event === 'ready') {
          connects += 1;
          for (const name of COLLECTION_NAMES) streams[name].next('RESYNC');
        } else if (event === 'change') {
          const { collections: changed } = JSON.parse(data) as { collections: CollectionName[] };
          for (const name of changed) streams[name]?.next('RESYNC');
        }
      },
    });
  };

  const replicate = (name: CollectionName): RxReplicationState<AnyDoc, Checkpoint> => {
    const state = replicateRxCollection<AnyDoc, Checkpoint>({
      collection: added[name] as unknown as RxCollection<AnyDoc>,
      replicationIdentifier: `sync-server-${baseUrl}-${name}`,
      live: true,
      retryTime: options.retryTime ?? 250,
      waitForLeadership: false,
      pull: {
        batchSize,
        stream$: streams[name].asObservable(),
        handler: async (checkpoint, size) => {
          const params = new URLSearchParams({ limit: String(size) });
          if (checkpoint) {
            params.set('seq', String(checkpoint.seq));
            params.set('id', checkpoint.id);
          }
          const response = await fetch(`${baseUrl}/sync/${name}/pull?${params.toString()}`, { headers: auth });
          if (!response.ok) throw new Error(`pull ${name}: HTTP ${response.status}`);
          return (await response.json()) as { documents: AnyDoc[] & { _deleted: boolean }[]; checkpoint: Checkpoint };
        },
      },
      push: {
        batchSize,
        handler: async (rows) => {
          pushes += 1;
          const response = await fetch(`${baseUrl}/sync/${name}/push`, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json' },
            body: JSON.stringify(rows),
          });
          if (!response.ok) throw new Error(`push ${name}: HTTP ${response.status} ${await response.text()}`);
          return (await response.json()) as (AnyDoc & { _deleted: boolean })[];
        },
      },
    });
    state.error$.subscribe((error) => errors.push(error));
    return state;
  };

  const replications = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, replicate(name)])) as RxdbTestClient['replications'];
  openStream();
  const all = () => Object.values(replications);

  return {
    db,
    collections,
    replications,
    errors,
    streamConnects: () => connects,
    pushRequests: () => pushes,
    async awaitInitialReplication() {
      await Promise.all(all().map((r) => r.awaitInitialReplication()));
    },
    async awaitInSync() {
      await Promise.all(all().map((r) => r.awaitInSync()));
    },
    async docs(name) {
      const found = await (collections[name] as unknown as RxCollection<AnyDoc>).find().exec();
      return found
        .map((doc) => doc.toJSON() as unknown as CollectionDocs[typeof name])
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
    async goOffline() {
      stream?.close();
      stream = null;
      await Promise.all(all().map((r) => r.pause()));
    },
    async goOnline() {
      await Promise.all(all().map((r) => r.start()));
      openStream();
    },
    async close() {
      stream?.close();
      await Promise.all(all().map((r) => r.cancel()));
      await db.close();
    },
  };
}
