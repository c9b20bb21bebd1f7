// renderer: the sync layer as the screens use it.
export { startReplication, PULL_BATCH_SIZE, PUSH_BATCH_SIZE } from './start-replication.ts';
export { normalizeServerUrl, checkToken } from './check-sync-target.ts';
export { UNAUTHORIZED_MESSAGE } from './describe-failure.ts';
export type {
  BackoffPolicy,
  CollectionReplications,
  StartReplicationOptions,
  SyncCheckpoint,
  SyncController,
  SyncError,
  SyncErrorKind,
  SyncState,
  SyncStatus,
} from './sync-types.ts';
