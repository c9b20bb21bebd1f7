// Runs in tests (server side). Event types kept for redemptions, on a real SQLite file and a real
// PostgreSQL: kept across bookings, dropped when the host's event types change (by the commit
// notice, on PostgreSQL through LISTEN), never kept from a read that overlapped a change, and
// never trusted by a booking (a stale one makes bookLink fall back to the full redemption).
import { describe, expect, it, vi } from 'vitest';
import { replicated } from '../../../core/testing/index.ts';
import type { Store } from '../store/store.ts';
import { postgresTarget, sqliteTarget } from '../testing/store-targets.ts';
import { useStoreWithHost } from '../testing/use-store-with-host.ts';
import { SlotUnavailableError } from './booking-errors.ts';
import { createCommittedEventTypes } from './committed-event-types.ts';
import { redeemBooking } from './redeem-booking.ts';
import { openEventType, seedEventType, seedLinks, startInDays } from './testing/seed-booking-data.ts';

/** The store, counting its event type reads (the boundary this cache exists to spare). */
function countingReads(store: Store): { store: Store; reads: () => number } {
  let reads = 0;
  const counting = Object.create(store) as Store;
  counting.getDocs = (hostId, collection, ids) => {
    if (collection === 'event_types') reads += 1;
    return store.getDocs(hostId, collection, ids);
  };
  return { store: counting, reads: () => reads };
}

describe.each([sqliteTarget(), postgresTarget()])('$name committed event types', (target) => {
  const env = useStoreWithHost(target);

  it('reads an event type once, and keeps it while the host only books', async () => {
    const eventType = await seedEventType(env.store, env.host.id);
    const [link] = await seedLinks(env.store, env.host.id, eventType.id, 1, { maxUses: 5 });
    const { store, reads } = countingReads(env.store);
    const kept = createCommittedEventTypes(store);
    try {
      const first = await kept.read(env.host.id, eventType.id);
      expect(first?.doc).toEqual(replicated(eventType));
      for (const hour of [9, 10, 11]) {
        const booked = await redeemBooking(store, { kind: 'link', token: link!.token }, { start: startInDays(3, hour), name: 'Ada', email: 'ada@example.com', timezone: 'UTC', notes: '' }, { eventTypes: kept });
        expect(booked.booking.eventTypeId).toBe(eventType.id);
      }
      expect(await kept.read(env.host.id, eventType.id)).toBe(first);
      expect(reads()).toBe(1);
      expect(await kept.read(env.host.id, 'no-such-event-type')).toBeUndefined();
    } finally {
      kept.disconnect();
    }
  });

  it('drops the host’s event types when they change, so the next read is the new one', async () => {
    const eventType = await seedEventType(env.store, env.host.id);
    const kept = createCommittedEventTypes(env.store);
    try {
      const before = await kept.read(env.host.id, eventType.id);
      const renamed = replicated({ ...eventType, name: 'Renamed' });
      await env.store.writeTransaction(env.host.id, (tx) => tx.putDoc('event_types', renamed));
      // On PostgreSQL the notice comes back through LISTEN, a moment after the commit.
      await vi.waitFor(async () => expect((await kept.read(env.host.id, eventType.id))?.doc.name).toBe('Renamed'));
      expect((await kept.read(env.host.id, eventType.id))!.seq).toBeGreaterThan(before!.seq);
    } finally {
      kept.disconnect();
    }
  });

  it('does not keep a read that overlapped a change, and forgets a host on request', async () => {
    const eventType = await seedEventType(env.store, env.host.id);
    let kept: ReturnType<typeof createCommittedEventTypes> | null = null;
    const { store, reads } = countingReads(env.store);
    const slow = Object.create(store) as Store;
    // The change's notice lands while the read is on its way.
    slow.getDocs = async (hostId, collection, ids) => {
      const found = await store.getDocs(hostId, collection, ids);
      kept!.forget(hostId);
      return found;
    };
    kept = createCommittedEventTypes(slow);
    try {
      await kept.read(env.host.id, eventType.id);
      await kept.read(env.host.id, eventType.id);
      expect(reads()).toBe(2);
    } finally {
      kept.disconnect();
    }
    const plain = createCommittedEventTypes(store);
    try {
      await plain.read(env.host.id, eventType.id);
      plain.forget(env.host.id);
      await plain.read(env.host.id, eventType.id);
      expect(reads()).toBe(4);
    } finally {
      plain.disconnect();
    }
  });

  it('a booking right after the rules changed is judged by the new rules, even before the notice', async () => {
    const eventType = await seedEventType(env.store, env.host.id);
    const [link] = await seedLinks(env.store, env.host.id, eventType.id, 1);
    const kept = createCommittedEventTypes(env.store);
    try {
      await kept.read(env.host.id, eventType.id);
      // Kept as it was: open all day. Now the host closes every day; the kept copy is stale
      // until the notice arrives (on PostgreSQL, not yet).
      const closed = openEventType({ ...eventType, availability: { ...eventType.availability, weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } } });
      await env.store.writeTransaction(env.host.id, (tx) => tx.putDoc('event_types', replicated(closed)));
      const attempt = redeemBooking(env.store, { kind: 'link', token: link!.token }, { start: startInDays(3, 10), name: 'Ada', email: 'ada@example.com', timezone: 'UTC', notes: '' }, { eventTypes: kept });
      await expect(attempt).rejects.toBeInstanceOf(SlotUnavailableError);
      expect((await env.store.pull(env.host.id, 'bookings', null, 10)).documents).toEqual([]);
    } finally {
      kept.disconnect();
    }
  });
});
