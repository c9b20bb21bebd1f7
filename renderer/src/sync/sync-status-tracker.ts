// renderer: keeps the sync state (status, reason, last successful sync) as requests succeed and fail.
import { BehaviorSubject, distinctUntilChanged, type Observable } from 'rxjs';
import { deepEqual } from '../../../core/merge/index.ts';
import { deriveSyncStatus, type SyncFacts } from './derive-sync-status.ts';
import type { SyncError, SyncState } from './sync-types.ts';

export interface SyncStatusTracker {
  readonly state$: Observable<SyncState>;
  getState(): SyncState;
  reportSuccess(channel: string): void;
  reportFailure(channel: string, error: SyncError): void;
  setActive(active: boolean): void;
  setStreamConnected(connected: boolean): void;
  setBrowserOffline(offline: boolean): void;
  /** A last sync time remembered from an earlier session; ignored once this session has synced. */
  restoreLastSyncedAt(iso: string): void;
  stop(): void;
}

export interface SyncStatusTrackerOptions {
  browserOffline?: boolean;
  /** Called when a request succeeds while others wait after "unreachable": they should retry now. */
  onReachable?: () => void;
  now?: () => Date;
}

export function createSyncStatusTracker(options: SyncStatusTrackerOptions = {}): SyncStatusTracker {
  const now = options.now ?? (() => new Date());
  const failures = new Map<string, SyncError>();
  const facts: SyncFacts = { failures, active: false, streamConnected: false, browserOffline: options.browserOffline ?? false, stopped: false };
  let lastSyncedAt: string | null = null;
  let activityEnded = false;
  const subject = new BehaviorSubject<SyncState>({ ...deriveSyncStatus(facts), lastSyncedAt });

  const update = (): void => {
    if (subject.closed) return;
    const derived = deriveSyncStatus(facts);
    // "Synced" means: a sync cycle just ended (or the connection came back) with nothing failing.
    if (derived.status === 'online' && (subject.value.status !== 'online' || activityEnded)) lastSyncedAt = now().toISOString();
    activityEnded = false;
    const next: SyncState = derived.error ? { ...derived, lastSyncedAt } : { status: derived.status, lastSyncedAt };
    if (!deepEqual(next, subject.value)) subject.next(next);
  };

  return {
    state$: subject.asObservable().pipe(distinctUntilChanged()),
    getState: () => subject.value,
    reportSuccess(channel) {
      const hadUnreachable = [...failures.values()].some((f) => f.kind === 'unreachable');
      failures.delete(channel);
      update();
      if (hadUnreachable) options.onReachable?.();
    },
    reportFailure(channel, error) {
      failures.set(channel, error);
      update();
    },
    setActive(active) {
      if (facts.active && !active) activityEnded = true;
      facts.active = active;
      update();
    },
    setStreamConnected(connected) {
      facts.streamConnected = connected;
      update();
    },
    setBrowserOffline(offline) {
      facts.browserOffline = offline;
      update();
    },
    restoreLastSyncedAt(iso) {
      if (lastSyncedAt !== null) return;
      lastSyncedAt = iso;
      update();
    },
    stop() {
      facts.stopped = true;
      update();
      subject.complete();
    },
  };
}
