// test: a first sync of several pull pages from the real server (SQLite over HTTP) reads
// "syncing" until it is over. The host must not see "Synced" (and "last synced" must not move)
// between two pages while thousands of links are still on their way down.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../sync-server/src/testing/start-test-server.ts';
import { PULL_BATCH_SIZE, startReplication } from './start-replication.ts';
import { FAST_BACKOFF, openTestDatabase, pushEventTypeWithLinks, waitForState, useCleanups } from './testing/sync-test-kit.ts';
import type { SyncStatus } from './sync-types.ts';

describe('the sync status during a first sync of several pages', () => {
  let server: TestServer;
  const cleanups = useCleanups();

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('stays syncing from the first page to the last, then turns online once', async () => {
    const host = await server.createHost();
    const { links } = await pushEventTypeWithLinks(server.baseUrl, host.token, 3 * PULL_BATCH_SIZE + 200);

    const db = await openTestDatabase();
    const sync = startReplication({ db, serverUrl: server.baseUrl, token: host.token, backoff: FAST_BACKOFF });
    cleanups.push(async () => {
      await sync.stop();
      await db.close();
    });
    const statuses: SyncStatus[] = [];
    const subscription = sync.state$.subscribe((state) => {
      if (statuses.at(-1) !== state.status) statuses.push(state.status);
    });
    cleanups.push(() => Promise.resolve(subscription.unsubscribe()));

    await sync.awaitInSync();
    expect(await db.links.count().exec()).toBe(links.length);
    await waitForState(sync, (state) => state.status === 'online', 'online after the first sync');
    expect(statuses).toEqual(['syncing', 'online']);
  });
});
