// test: the "not yet synced" tracker while a first sync of more than one pull page comes down
// from the real server (SQLite over HTTP), and after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../sync-server/src/testing/start-test-server.ts';
import { PULL_BATCH_SIZE, startReplication } from './start-replication.ts';
import { FAST_BACKOFF, openTestDatabase, pushEventTypeWithLinks, waitForValue, waitUntil, useCleanups } from './testing/sync-test-kit.ts';

describe('unsyncedIds$ during and after a first sync', () => {
  let server: TestServer;
  const cleanups = useCleanups();

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('watched from the start, marks none of the pulled links unsynced, then still tracks a local edit', async () => {
    const host = await server.createHost();
    const { links } = await pushEventTypeWithLinks(server.baseUrl, host.token, PULL_BATCH_SIZE + 200);

    const db = await openTestDatabase();
    const sync = startReplication({ db, serverUrl: server.baseUrl, token: host.token, backoff: FAST_BACKOFF });
    cleanups.push(async () => {
      await sync.stop();
      await db.close();
    });
    // Subscribed before anything arrived, as the Links screen is on a first start.
    const seen: ReadonlySet<string>[] = [];
    const subscription = sync.unsyncedIds$('links').subscribe((ids) => seen.push(ids));
    cleanups.push(() => Promise.resolve(subscription.unsubscribe()));

    await sync.awaitInSync();
    expect(await db.links.count().exec()).toBe(links.length);
    await waitForValue(sync.unsyncedIds$('links'), (ids) => ids.size === 0, 'no pulled link unsynced');
    // Pulled documents are the server's state: none of them was ever shown as "not yet synced".
    expect(seen.every((ids) => ids.size === 0)).toBe(true);

    // A pulled link edited here is unsynced until the server has it (the push takes a round
    // trip; the check of the edit does not).
    const edited = links[PULL_BATCH_SIZE + 7]!;
    const doc = await db.links.findOne(edited.id).exec();
    await doc!.incrementalPatch({ note: 'edited on this device', updatedAt: new Date().toISOString() });
    await waitUntil(async () => (await server.store.getDocs(host.hostId, 'links', [edited.id])).get(edited.id)?.doc.note === 'edited on this device', 'the edit on the server');
    await waitForValue(sync.unsyncedIds$('links'), (ids) => ids.size === 0, 'the edit synced');
    expect(seen.some((ids) => ids.size === 1 && ids.has(edited.id))).toBe(true);
  });
});
