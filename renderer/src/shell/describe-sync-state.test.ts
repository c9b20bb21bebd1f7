// test (renderer, pure): the sync indicator's words for each state.
import { describe, expect, it } from 'vitest';
import { describeSyncState } from './describe-sync-state.ts';

const now = new Date('2026-12-01T12:00:00.000Z');

describe('describeSyncState', () => {
  it('online: no reason, no retry, the last sync in the host zone', () => {
    expect(describeSyncState({ status: 'online', lastSyncedAt: '2026-12-01T11:58:00.000Z' }, 'Europe/Berlin', now)).toEqual({
      label: 'Online',
      color: 'teal',
      reason: null,
      lastSynced: 'Last synced Tue, Dec 1, 12:58',
      canRetry: false,
    });
  });

  it('offline and error carry the reason and offer a retry', () => {
    const offline = describeSyncState({ status: 'offline', lastSyncedAt: null, error: { kind: 'unreachable', message: 'Cannot reach the server.' } }, 'UTC', now);
    expect(offline).toMatchObject({ label: 'Offline', reason: 'Cannot reach the server.', lastSynced: 'Never synced', canRetry: true });
    const error = describeSyncState({ status: 'error', lastSyncedAt: null, error: { kind: 'unauthorized', message: 'Wrong token.' } }, 'UTC', now);
    expect(error).toMatchObject({ label: 'Sync error', color: 'red', reason: 'Wrong token.', canRetry: true });
  });

  it('syncing offers no retry', () => {
    expect(describeSyncState({ status: 'syncing', lastSyncedAt: null }, 'UTC', now).canRetry).toBe(false);
  });
});
