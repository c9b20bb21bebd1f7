// Runs on the server. What `/api/health` says about the database: one cheap indexed read (a token
// hash no host has). Checks that arrive while one runs share its answer, so at most one health
// query is in flight however many checks come in, and no answer is older than the request. Any
// failure counts as unavailable.
import type { Store } from '../store/store.ts';

export type StoreState = 'ok' | 'unavailable';

export interface StoreHealth {
  check(): Promise<StoreState>;
}

/** No token hashes to this (hashes are hex); the read only proves the database answers. */
const PROBE_HASH = 'health-probe';

export function createStoreHealth(store: Store): StoreHealth {
  let running: Promise<StoreState> | null = null;
  return {
    check() {
      running ??= store.findHostByTokenHash(PROBE_HASH).then(
        (): StoreState => 'ok',
        (): StoreState => 'unavailable',
      ).finally(() => { running = null; });
      return running;
    },
  };
}
