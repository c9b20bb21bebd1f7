// Runs on the server. Ties the public view cache to the commits of the store, so no answer outlives
// a change of its host:
// - the store's commit notices: every commit in this process (SQLite and PostgreSQL), and on
//   PostgreSQL those of every other server process too (LISTEN/NOTIFY; `hostId: null` after the
//   listener reconnected, when notices may have been missed: everything is dropped);
// - the writes made through the returned store (the app hands it to the push route and the public
//   routes: pushes, bookings, cancellations): on PostgreSQL the notice of a local commit arrives
//   through the listener, so after the commit has returned, possibly after the 201 went out. The
//   host is forgotten as the write settles, before the route answers. Failed writes forget too: a
//   refused booking means someone else booked, which the cache may not have heard of yet.
// Across processes (PostgreSQL), another process's commit reaches this cache when its notice
// arrives (about a millisecond); until then, and while the listener reconnects, the answer's
// short lifetime bounds it. A booking itself never trusts a cached answer: it re-reads everything.
import type { Store } from '../store/store.ts';
import type { PublicViewCache } from './public-view-cache.ts';

export interface ConnectedViewCache {
  /** The same store, whose writes forget their host: for every route that writes. */
  store: Store;
  disconnect(): void;
}

export function connectViewCache(store: Store, cache: PublicViewCache): ConnectedViewCache {
  const unsubscribe = store.onCommit((notice) => cache.forgetHost(notice.hostId));
  // Delegates everything else to the store itself (whatever kind of object it is).
  const forgetting = Object.create(store) as Store;
  forgetting.writeTransaction = async (hostId, work, options) => {
    try {
      return await store.writeTransaction(hostId, work, options);
    } finally {
      cache.forgetHost(hostId);
    }
  };
  return { store: forgetting, disconnect: unsubscribe };
}
