// renderer: which status the host sees, from what the sync layer knows right now.
import { BROWSER_OFFLINE } from './describe-failure.ts';
import type { SyncError, SyncStatus } from './sync-types.ts';

export interface SyncFacts {
  /** The last failure of each request kind (pull/push per collection, the stream) not yet followed by a success. */
  failures: ReadonlyMap<string, SyncError>;
  /** A pull or push is running (RxDB's `active$` of any collection). */
  active: boolean;
  streamConnected: boolean;
  /** `navigator.onLine === false`. */
  browserOffline: boolean;
  stopped: boolean;
}

const ERROR_ORDER: readonly SyncError['kind'][] = ['unauthorized', 'server', 'unreachable'];

/**
 * Offline (by the browser's word) beats everything: nothing else can be known then. A refused
 * token beats a server failure, which beats an unreachable server; failures beat activity.
 */
export function deriveSyncStatus(facts: SyncFacts): { status: SyncStatus; error?: SyncError } {
  if (facts.stopped) return { status: 'offline' };
  if (facts.browserOffline) return { status: 'offline', error: BROWSER_OFFLINE };
  const failures = [...facts.failures.values()];
  for (const kind of ERROR_ORDER) {
    const failure = failures.find((f) => f.kind === kind);
    if (failure) return { status: kind === 'unreachable' ? 'offline' : 'error', error: failure };
  }
  if (facts.active || !facts.streamConnected) return { status: 'syncing' };
  return { status: 'online' };
}
