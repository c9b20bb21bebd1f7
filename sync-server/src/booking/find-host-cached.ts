// Runs on the server. Hosts by id for the public routes, kept for a short while: every page view
// and every booking looks up its link's host, and a host row never changes after it is created
// (nothing in the app renames a host; only its token hash and write counter change, and neither
// is part of `Host`). The short lifetime bounds staleness should a rename ever be added.
import type { Host, Store } from '../store/store.ts';

const LIFETIME_MS = 30_000;
const MAX_HOSTS = 10_000;

const caches = new WeakMap<Store, Map<string, { host: Host; until: number }>>();

export async function findHostCached(store: Store, hostId: string): Promise<Host | null> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  const now = Date.now();
  const kept = cache.get(hostId);
  if (kept && kept.until > now) return kept.host;
  const host = await store.findHostById(hostId);
  // Unknown hosts are not kept: a host created a moment later must be found.
  if (host) {
    if (cache.size >= MAX_HOSTS) cache.clear();
    cache.set(hostId, { host, until: now + LIFETIME_MS });
  }
  return host;
}
