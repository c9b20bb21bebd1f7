// Runs on the server. What `/api/health` says about the database: one cheap indexed read (a token
// hash no host has), at most one at a time and reused for a second, so a flood of health checks
// is never a flood of queries. Any failure counts as unavailable: a health check that throws
// would be the wrong answer either way.
import type { Store } from '../store/store.ts';

export type StoreState = 'ok' | 'unavailable';

export interface StoreHealth {
  check(): Promise<StoreState>;
}

/** No token hashes to this (hashes are hex); the read only proves the database answers. */
const PROBE_HASH = 'health-probe';

export function createStoreHealth(store: Store, options: { reuseMs: number; now?: () => number }): StoreHealth {
  const now = options.now ?? (() => performance.now());
  let last: { state: StoreState; at: number } | null = null;
  let running: Promise<StoreState> | null = null;
  return {
    check() {
      if (last && now() - last.at < options.reuseMs) return Promise.resolve(last.state);
      running ??= store.findHostByTokenHash(PROBE_HASH).then(
        (): StoreState => 'ok',
        (): StoreState => 'unavailable',
      ).then((state) => {
        last = { state, at: now() };
        running = null;
        return state;
      });
      return running;
    },
  };
}
