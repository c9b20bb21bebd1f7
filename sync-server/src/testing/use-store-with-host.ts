// Runs in tests (server side). The per-test set-up store suites share: registers the vitest hooks
// that start the target once per file and, before each test, open a store on a fresh database
// with one host in it; every store opened through `open` is closed after the test.
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { generateId, generateToken } from '../../../core/tokens/index.ts';
import type { DatabaseConfig } from '../config/parse-database-url.ts';
import { openStore } from '../store/open-store.ts';
import type { Host, NewHost, Store } from '../store/store.ts';
import type { StoreTarget } from './store-targets.ts';

export interface StoreWithHost {
  /** This test's database, store and host (read them inside hooks and tests). */
  readonly database: DatabaseConfig;
  readonly store: Store;
  readonly host: Host;
  /** Another store, on `config` (default: this test's database), closed after the test. */
  open(config?: DatabaseConfig): Promise<Store>;
}

/** A host input with a slug nobody else has. */
export function uniqueHostInput(timezone = 'UTC', slug = `host-${generateId().slice(0, 8)}`): NewHost {
  return { name: 'Grace Hopper', slug, timezone, tokenHash: generateToken(32) };
}

export function useStoreWithHost(target: StoreTarget, hostInput: () => NewHost = () => uniqueHostInput()): StoreWithHost {
  const opened: Store[] = [];
  let current: { database: DatabaseConfig; store: Store; host: Host } | null = null;
  const now = () => {
    if (!current) throw new Error('useStoreWithHost: read the store inside a test or hook');
    return current;
  };
  const open = async (config?: DatabaseConfig): Promise<Store> => {
    const store = await openStore(config ?? now().database);
    opened.push(store);
    return store;
  };

  beforeAll(() => target.setup());
  afterAll(() => target.teardown());
  beforeEach(async () => {
    const database = await target.freshDatabase();
    const store = await openStore(database);
    opened.push(store);
    current = { database, store, host: await store.createHost(hostInput()) };
  });
  afterEach(async () => {
    current = null;
    // Closing twice is fine: a test may have closed one itself.
    await Promise.all(opened.splice(0).map((store) => store.close()));
  });

  return {
    get database() { return now().database; },
    get store() { return now().store; },
    get host() { return now().host; },
    open,
  };
}
