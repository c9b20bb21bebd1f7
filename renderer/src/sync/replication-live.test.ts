// test: the sync layer against the real sync server over HTTP (SQLite): the first sync down,
// a local insert going up, and a booking arriving through the live stream without polling.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeEventType, makeLink, replicated } from '../../../core/testing/fixtures.ts';
import { hostClient } from '../../../sync-server/src/testing/http-client.ts';
import { startTestServer, type TestHost, type TestServer } from '../../../sync-server/src/testing/start-test-server.ts';
import type { AppDatabase } from '../db/app-database-types.ts';
import { startReplication } from './start-replication.ts';
import type { SyncController } from './sync-types.ts';
import { FAST_BACKOFF, openTestDatabase, waitForState, waitForValue, waitUntil, useCleanups } from './testing/sync-test-kit.ts';
import { bookLinkOnServer } from '../../../sync-server/src/testing/book-link-on-server.ts';

describe('startReplication with the real server', () => {
  let server: TestServer;
  let host: TestHost;
  const cleanups = useCleanups();

  beforeAll(async () => {
    server = await startTestServer();
  });
  beforeEach(async () => {
    host = await server.createHost();
  });
  afterAll(async () => {
    await server.close();
  });

  async function openClient(fetchFn?: typeof fetch): Promise<{ db: AppDatabase; sync: SyncController }> {
    const db = await openTestDatabase();
    const sync = startReplication({ db, serverUrl: `${server.baseUrl}/`, token: host.token, backoff: FAST_BACKOFF, fetch: fetchFn });
    cleanups.push(async () => {
      await sync.stop();
      await db.close();
    });
    return { db, sync };
  }

  it('pulls what the server has, then shows online with a sync time and nothing unsynced', async () => {
    const eventType = makeEventType();
    const links = Array.from({ length: 250 }, (_, i) => makeLink({ eventTypeId: eventType.id, note: `link ${i}` }));
    const api = hostClient(server.baseUrl, host.token);
    expect((await api.post('/sync/event_types/push', [{ newDocumentState: replicated(eventType) }])).body).toEqual([]);
    expect((await api.post('/sync/links/push', links.map((l) => ({ newDocumentState: replicated(l) })))).body).toEqual([]);

    const { db, sync } = await openClient();
    await sync.awaitInSync();
    expect((await db.event_types.findOne(eventType.id).exec())?.toJSON()).toEqual(eventType);
    // more than one pull page (200) of links
    expect(await db.links.count().exec()).toBe(250);
    const online = await waitForState(sync, (s) => s.status === 'online', 'online');
    expect(online.error).toBeUndefined();
    expect(Date.parse(online.lastSyncedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect(await waitForValue(sync.unsyncedIds$('links'), () => true, 'unsynced links')).toEqual(new Set());
  });

  it('pushes a local insert, and marks it synced once the server has it', async () => {
    const { db, sync } = await openClient();
    await waitForState(sync, (s) => s.status === 'online', 'online');
    const eventType = makeEventType({ name: 'Made on the desktop' });
    await db.event_types.insert(eventType);

    await waitForValue(sync.unsyncedIds$('event_types'), (ids) => ids.size === 0, 'no unsynced event types');
    const stored = await server.store.getDocs(host.hostId, 'event_types', [eventType.id]);
    expect(stored.get(eventType.id)?.doc).toEqual(replicated(eventType));
    await waitForState(sync, (s) => s.status === 'online', 'online after the push');
  });

  it('gets a booking made on the server through the stream within a second, without polling', async () => {
    const requests: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      requests.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
      return fetch(input, init);
    };
    const { db, sync } = await openClient(recordingFetch);
    const eventType = makeEventType();
    const link = makeLink({ eventTypeId: eventType.id });
    await db.event_types.insert(eventType);
    await db.links.insert(link);
    await waitForValue(sync.unsyncedIds$('links'), (ids) => ids.size === 0, 'the link synced');
    await waitForState(sync, (s) => s.status === 'online', 'online');

    // The stream's notice of the client's own pushes may still bring a pull or two: wait until
    // the client has been quiet for half a second before the idle window starts.
    await waitUntil(async () => {
      const before = requests.length;
      await new Promise((resolve) => setTimeout(resolve, 500));
      return requests.length === before;
    }, 'the client quiet after its pushes');

    // Idle for a while: a polling client would ask the server now.
    requests.length = 0;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(requests).toEqual([]);

    const bookingId = crypto.randomUUID();
    const bookedAt = Date.now();
    await bookLinkOnServer(server.store, link.token, { bookingId });
    const booking = await waitForValue(db.bookings.findOne(bookingId).$, (doc) => doc !== null, 'the booking locally', 1000);
    expect(Date.now() - bookedAt).toBeLessThan(1000);
    expect(booking?.linkId).toBe(link.id);
    const localLink = await waitForValue(db.links.findOne(link.id).$, (doc) => doc?.useCount === 1, 'the link booked locally', 1000);
    expect(localLink?.bookingIds).toEqual([bookingId]);
    expect(requests.filter((r) => r.startsWith('GET /sync/bookings/pull')).length).toBeGreaterThan(0);
    expect(await waitForValue(sync.unsyncedIds$('bookings'), () => true, 'unsynced bookings')).toEqual(new Set());
  });
});
