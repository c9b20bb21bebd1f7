// renderer: the sync layer's public types (what the screens show and how replication is started).
import type { Observable } from 'rxjs';
import type { RxReplicationState } from 'rxdb/plugins/replication';
import type { CollectionDocs, CollectionName } from '../../../core/schemas/index.ts';
import type { AppDatabase } from '../db/app-database-types.ts';

export type SyncStatus = 'online' | 'syncing' | 'offline' | 'error';
export type SyncErrorKind = 'unauthorized' | 'unreachable' | 'server';

export interface SyncError {
  /** A sentence for the host, e.g. "The server rejected the host token. Check the token in Settings." */
  message: string;
  kind: SyncErrorKind;
}

export interface SyncState {
  /**
   * - online: connected to the live stream and nothing is waiting to go either way
   * - syncing: connecting, pulling or pushing
   * - offline: the server cannot be reached (`error.kind` 'unreachable' says why); local edits
   *   keep working and go up once it is back
   * - error: the server answered but refused (`unauthorized`: wrong token; `server`: 5xx or a
   *   refused change); retried with backoff, `retryNow()` retries at once
   */
  status: SyncStatus;
  /** ISO-8601 UTC time the last sync cycle ended with everything in sync; null = never. */
  lastSyncedAt: string | null;
  /** Present with status offline and error. */
  error?: SyncError;
}

/** The server's replication checkpoint (ARCHITECTURE.md, invariant 4: a sequence number and the document id). */
export interface SyncCheckpoint {
  seq: number;
  id: string;
}

export interface BackoffPolicy {
  /** First retry delay (before jitter). Default 1000 ms. */
  initialMs?: number;
  /** Longest delay. Default 30 000 ms. */
  maxMs?: number;
}

export interface StartReplicationOptions {
  db: AppDatabase;
  /** Base URL of the sync server, e.g. `http://localhost:8787` (a trailing slash is fine). */
  serverUrl: string;
  /** The host's bearer token. */
  token: string;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
  /** Called with every new state (also available as `state$`). */
  onStateChange?: (state: SyncState) => void;
  backoff?: BackoffPolicy;
  /** A request without an answer for this long counts as unreachable. Default 30 000 ms. */
  requestTimeoutMs?: number;
  /** The stream reconnects when it hears nothing (not even a heartbeat) this long. Default 60 000 ms. */
  streamStaleAfterMs?: number;
  /** Errors RxDB reports that are not failed requests (those show in the state). Default: console.error. */
  onUnexpectedError?: (error: unknown) => void;
}

export type CollectionReplications = { [C in CollectionName]: RxReplicationState<CollectionDocs[C], SyncCheckpoint> };

export interface SyncController {
  /** The current state first, then every change; completes on stop. */
  readonly state$: Observable<SyncState>;
  /** The current state (for `useSyncExternalStore`). */
  getState(): SyncState;
  /**
   * Ids of documents of `collection` with local changes the server has not confirmed yet
   * ("not yet synced"), deleted ones included. Emits once the local data has been checked,
   * then on every change; shared and replayed.
   */
  unsyncedIds$(collection: CollectionName): Observable<ReadonlySet<string>>;
  /** Retries failed requests and reconnects the stream now, and pulls and pushes everything pending. */
  retryNow(): void;
  /** Resolves when every collection is in sync with the server (waits while offline). */
  awaitInSync(): Promise<void>;
  /**
   * Stops replicating; local data stays (sign-out: `await stop()`, then `await db.remove()`).
   * Also happens when the database closes.
   */
  stop(): Promise<void>;
  /** The RxDB replication states, for `received$`/`sent$`/`conflict$` listeners. */
  readonly replications: CollectionReplications;
}
