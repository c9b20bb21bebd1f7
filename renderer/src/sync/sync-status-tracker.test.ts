// test: what the host sees as requests succeed and fail, and when "last synced" moves.
import { describe, expect, it } from 'vitest';
import { UNAUTHORIZED_MESSAGE } from './describe-failure.ts';
import { createSyncStatusTracker } from './sync-status-tracker.ts';
import type { SyncError, SyncState } from './sync-types.ts';

const unreachable: SyncError = { kind: 'unreachable', message: 'Cannot reach the server at http://x.' };
const server: SyncError = { kind: 'server', message: 'The server failed.' };
const unauthorized: SyncError = { kind: 'unauthorized', message: UNAUTHORIZED_MESSAGE };

function setup(options: { browserOffline?: boolean } = {}) {
  let clock = Date.parse('2026-03-02T08:00:00.000Z');
  let reachable = 0;
  const tracker = createSyncStatusTracker({ ...options, now: () => new Date(clock), onReachable: () => { reachable += 1; } });
  const states: SyncState[] = [];
  tracker.state$.subscribe((s) => states.push(s));
  return { tracker, states, tick: (ms: number) => { clock += ms; }, reachableCalls: () => reachable };
}

describe('createSyncStatusTracker', () => {
  it('is syncing until the stream is connected and nothing is running, then online with a sync time', () => {
    const { tracker, tick } = setup();
    expect(tracker.getState()).toEqual({ status: 'syncing', lastSyncedAt: null });
    tracker.setActive(true);
    tracker.setStreamConnected(true);
    expect(tracker.getState().status).toBe('syncing');
    tick(1000);
    tracker.setActive(false);
    expect(tracker.getState()).toEqual({ status: 'online', lastSyncedAt: '2026-03-02T08:00:01.000Z' });
  });

  it('moves the sync time at the end of each later sync cycle, not while idle', () => {
    const { tracker, tick } = setup();
    tracker.setStreamConnected(true);
    const first = tracker.getState().lastSyncedAt;
    tick(5000);
    tracker.setStreamConnected(true);
    expect(tracker.getState().lastSyncedAt).toBe(first);
    tracker.setActive(true);
    tick(100);
    tracker.setActive(false);
    expect(tracker.getState().lastSyncedAt).toBe('2026-03-02T08:00:05.100Z');
  });

  it('shows an unreachable server as offline, with the reason, and keeps the last sync time', () => {
    const { tracker } = setup();
    tracker.setStreamConnected(true);
    const synced = tracker.getState().lastSyncedAt;
    tracker.setStreamConnected(false);
    tracker.reportFailure('stream', unreachable);
    expect(tracker.getState()).toEqual({ status: 'offline', error: unreachable, lastSyncedAt: synced });
  });

  it('shows a refused token and server failures as errors, the token first', () => {
    const { tracker } = setup();
    tracker.reportFailure('push:links', server);
    expect(tracker.getState()).toMatchObject({ status: 'error', error: server });
    tracker.reportFailure('pull:links', unreachable);
    expect(tracker.getState()).toMatchObject({ status: 'error', error: server });
    tracker.reportFailure('stream', unauthorized);
    expect(tracker.getState()).toMatchObject({ status: 'error', error: unauthorized });
  });

  it('clears a failure only when the same kind of request succeeds', () => {
    const { tracker } = setup();
    tracker.setStreamConnected(true);
    tracker.reportFailure('push:links', server);
    tracker.reportSuccess('pull:links');
    expect(tracker.getState().status).toBe('error');
    tracker.reportSuccess('push:links');
    expect(tracker.getState().status).toBe('online');
  });

  it('asks waiting requests to retry when the server answers again after being unreachable', () => {
    const { tracker, reachableCalls } = setup();
    tracker.reportFailure('push:links', server);
    tracker.reportSuccess('stream');
    expect(reachableCalls()).toBe(0);
    tracker.reportFailure('pull:links', unreachable);
    tracker.reportSuccess('stream');
    expect(reachableCalls()).toBe(1);
  });

  it('trusts the browser when it says it is offline', () => {
    const { tracker } = setup({ browserOffline: true });
    tracker.reportFailure('stream', unauthorized);
    expect(tracker.getState()).toMatchObject({ status: 'offline', error: { kind: 'unreachable', message: 'This computer is offline.' } });
    tracker.setBrowserOffline(false);
    expect(tracker.getState().status).toBe('error');
  });

  it('restores a remembered sync time only until this session synced', () => {
    const { tracker } = setup();
    tracker.restoreLastSyncedAt('2026-03-01T10:00:00.000Z');
    expect(tracker.getState().lastSyncedAt).toBe('2026-03-01T10:00:00.000Z');
    tracker.setStreamConnected(true);
    expect(tracker.getState().lastSyncedAt).toBe('2026-03-02T08:00:00.000Z');
    tracker.restoreLastSyncedAt('2026-03-01T10:00:00.000Z');
    expect(tracker.getState().lastSyncedAt).toBe('2026-03-02T08:00:00.000Z');
  });

  it('emits only changes and completes on stop', () => {
    const { tracker, states } = setup();
    tracker.setActive(false);
    tracker.setBrowserOffline(false);
    expect(states).toHaveLength(1);
    let completed = false;
    tracker.state$.subscribe({ complete: () => { completed = true; } });
    tracker.stop();
    expect(completed).toBe(true);
  });
});
