// test (server): the busy-interval query's index range is bounded below by the longest possible
// blocked range (max-blocked-span.ts): a booking blocked for the full 72 hours is still found from
// its last minute, a longer one is refused by both stores, and far older bookings are not read.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBooking, replicated } from '../../../core/testing/index.ts';
import { generateId, generateToken } from '../../../core/tokens/index.ts';
import { postgresTarget, sqliteTarget } from '../testing/store-targets.ts';
import { MAX_BLOCKED_SPAN_MS } from './max-blocked-span.ts';
import { openStore } from './open-store.ts';
import type { Host, Store } from './store.ts';
import { BookingOverlapError, InvalidColumnValueError } from './store-errors.ts';

const at = (iso: string, deltaMs: number) => new Date(Date.parse(iso) + deltaMs).toISOString();

describe.each([sqliteTarget(), postgresTarget()])('$name busy intervals', (target) => {
  let store: Store;
  let host: Host;
  beforeAll(() => target.setup());
  afterAll(() => target.teardown());
  beforeEach(async () => {
    store = await openStore(await target.freshDatabase());
    host = await store.createHost({ name: 'Grace Hopper', slug: `host-${generateId().slice(0, 8)}`, timezone: 'UTC', tokenHash: generateToken(32) });
  });
  afterEach(async () => { await store.close(); });

  it('finds a booking blocked for the longest allowed span from its last minute, and refuses overlaps there', async () => {
    const start = '2026-03-03T00:00:00.000Z';
    const long = replicated(makeBooking({ start: at(start, 86_400_000), end: at(start, 2 * 86_400_000) }));
    const blocked = { blockedStart: start, blockedEnd: at(start, MAX_BLOCKED_SPAN_MS), manageToken: generateToken() };
    await store.writeTransaction(host.id, (tx) => tx.insertBooking(long, blocked));
    const lastMinute = { start: at(start, MAX_BLOCKED_SPAN_MS - 60_000), end: at(start, MAX_BLOCKED_SPAN_MS) };
    expect((await store.listBusyIntervals(host.id, lastMinute)).map((busy) => busy.bookingId)).toEqual([long.id]);
    expect(await store.listBusyIntervals(host.id, { start: at(start, MAX_BLOCKED_SPAN_MS), end: at(start, MAX_BLOCKED_SPAN_MS + 60_000) })).toEqual([]);
    const late = replicated(makeBooking({ start: lastMinute.start, end: at(lastMinute.start, 30 * 60_000) }));
    await expect(store.writeTransaction(host.id, (tx) => tx.insertBooking(late, { blockedStart: lastMinute.start, blockedEnd: late.end, manageToken: generateToken() })))
      .rejects.toBeInstanceOf(BookingOverlapError);
  });

  it('refuses a blocked range longer than the longest allowed span', async () => {
    const start = '2026-03-03T00:00:00.000Z';
    const booking = replicated(makeBooking({ start: at(start, 86_400_000), end: at(start, 2 * 86_400_000) }));
    await expect(store.writeTransaction(host.id, (tx) => tx.insertBooking(booking, { blockedStart: start, blockedEnd: at(start, MAX_BLOCKED_SPAN_MS + 1), manageToken: generateToken() })))
      .rejects.toBeInstanceOf(InvalidColumnValueError);
    expect(await store.listBusyIntervals(host.id, { start, end: at(start, 4 * 86_400_000) })).toEqual([]);
  });
});
