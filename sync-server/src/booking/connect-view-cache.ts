// Runs on the server. Ties the public view cache to the commits of the store, so no answer outlives
// a change of its host: every commit of this process is announced by the store before its writer
// hears of it (so before a 201 or a push's answer goes out), and on PostgreSQL those of every
// other server process arrive through LISTEN/NOTIFY (`hostId: null` after the listener
// reconnected, when notices may have been missed: everything is dropped). Until another
// process's notice arrives, the answer's short lifetime bounds it. A booking itself never trusts
// a cached answer: it re-reads everything.
import type { Store } from '../store/store.ts';
import type { PublicViewCache } from './public-view-cache.ts';

/** Returns the function that disconnects the cache again. */
export function connectViewCache(store: Store, cache: PublicViewCache): () => void {
  return store.onCommit((notice) => cache.forgetHost(notice.hostId));
}
