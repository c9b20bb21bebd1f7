// Runs on the server. Event types as last committed, kept in memory for the one-write redemption
// (book-link-at-once.ts), which otherwise reads its link's event type from the database on every
// booking (on PostgreSQL, one round trip of three). Event types change rarely; bookings never
// touch them.
// Safe by construction: bookLink books only if the event type's seq is still the one read, so a
// stale entry costs a fallback to the full redemption, never a wrong booking. Entries go when a
// commit notice says the host's event types changed (every process's, on PostgreSQL), when
// notices may have been missed (`hostId: null`), and when a booking found them stale. A read that
// overlapped such a change is not kept (the generation moved on), so a notice cannot be
// overtaken by the read it should have dropped.
import type { Store, StoredDoc } from '../store/store.ts';

export interface EventTypeSource {
  read(hostId: string, eventTypeId: string): Promise<StoredDoc<'event_types'> | undefined>;
  /** Drops what is kept for the host: a booking found it stale. */
  forget(hostId: string): void;
}

export interface CommittedEventTypes extends EventTypeSource {
  disconnect(): void;
}

/** Enough for every event type of a few hundred hosts; past it, everything is dropped and refilled. */
const MAX_ENTRIES = 2000;

export function createCommittedEventTypes(store: Store): CommittedEventTypes {
  const byHost = new Map<string, Map<string, StoredDoc<'event_types'>>>();
  let entries = 0;
  let generation = 0;
  const forget = (hostId: string | null): void => {
    generation += 1;
    if (hostId === null) {
      byHost.clear();
      entries = 0;
      return;
    }
    entries -= byHost.get(hostId)?.size ?? 0;
    byHost.delete(hostId);
  };
  const unsubscribe = store.onCommit((notice) => {
    if (notice.hostId === null || notice.collections.includes('event_types')) forget(notice.hostId);
  });
  return {
    async read(hostId, eventTypeId) {
      const kept = byHost.get(hostId)?.get(eventTypeId);
      if (kept) return kept;
      const readAt = generation;
      const found = (await store.getDocs(hostId, 'event_types', [eventTypeId])).get(eventTypeId);
      if (!found || generation !== readAt) return found;
      if (entries >= MAX_ENTRIES) forget(null);
      const perHost = byHost.get(hostId) ?? new Map<string, StoredDoc<'event_types'>>();
      byHost.set(hostId, perHost);
      if (!perHost.has(eventTypeId)) entries += 1;
      perHost.set(eventTypeId, found);
      return found;
    },
    forget,
    disconnect: unsubscribe,
  };
}
