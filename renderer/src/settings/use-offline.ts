// renderer: whether the app knows it cannot reach the server right now: the sync state says
// offline, or the browser says it has no network. Forms that need the server (the profile) say
// so instead of failing on submit; a wrong "online" is caught by the request itself.
import { useSyncExternalStore } from 'react';
import { EMPTY, type Observable } from 'rxjs';
import { useObservable } from '../queries/use-observable.ts';
import type { SyncController, SyncState } from '../sync/sync-types.ts';

const NO_SYNC: Observable<SyncState | null> = EMPTY;

function subscribeToNetwork(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const browserOnline = (): boolean => (typeof navigator === 'undefined' ? true : navigator.onLine);

export function useOffline(sync: Pick<SyncController, 'state$' | 'getState'> | null): boolean {
  const state = useObservable<SyncState | null>(sync?.state$ ?? NO_SYNC, sync?.getState() ?? null);
  const online = useSyncExternalStore(subscribeToNetwork, browserOnline, () => true);
  return !online || state?.status === 'offline';
}
