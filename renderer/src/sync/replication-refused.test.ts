// test: a change the server refuses (a slug another device took) shows as an error naming the
// field, and the host's fix goes through instead of the refused version blocking every push.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEventType, replicated } from '../../../core/testing/fixtures.ts';
import { hostClient } from '../../../sync-server/src/testing/http-client.ts';
import { startTestServer, type TestServer } from '../../../sync-server/src/testing/start-test-server.ts';
import { startReplication } from './start-replication.ts';
import { FAST_BACKOFF, openTestDatabase, waitForState, waitForValue, useCleanups } from './testing/sync-test-kit.ts';

describe('a push the server refuses', () => {
  let server: TestServer;
  const cleanups = useCleanups();
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('names the field, and sends the fixed version once the host changes it', async () => {
    const host = await server.createHost();
    const db = await openTestDatabase();
    const sync = startReplication({ db, serverUrl: server.baseUrl, token: host.token, backoff: FAST_BACKOFF });
    cleanups.push(async () => {
      await sync.stop();
      await db.close();
    });
    await waitForState(sync, (s) => s.status === 'online', 'online');
    // Another device takes the slug while this desktop is not syncing.
    const taken = makeEventType({ slug: 'intro-call', name: 'Other device' });
    await sync.stop();
    expect((await hostClient(server.baseUrl, host.token).post('/sync/event_types/push', [{ newDocumentState: replicated(taken) }])).body).toEqual([]);
    const clash = makeEventType({ slug: 'intro-call', name: 'Desktop' });
    await db.event_types.insert(clash);

    const again = startReplication({ db, serverUrl: server.baseUrl, token: host.token, backoff: FAST_BACKOFF });
    cleanups.push(() => again.stop());
    const state = await waitForState(again, (s) => s.status === 'error', 'the refusal');
    expect(state.error).toEqual({ kind: 'server', message: expect.stringMatching(/slug is already used by another event type/) });
    expect(state.error?.message).toContain(clash.id);
    expect(await waitForValue(again.unsyncedIds$('event_types'), (ids) => ids.has(clash.id), 'still unsynced')).toContain(clash.id);

    await (await db.event_types.findOne(clash.id).exec())!.incrementalPatch({ slug: 'intro-call-2' });
    await waitForValue(again.unsyncedIds$('event_types'), (ids) => ids.size === 0, 'the fix synced');
    await waitForState(again, (s) => s.status === 'online', 'online');
    const stored = await server.store.getDocs(host.hostId, 'event_types', [clash.id, taken.id]);
    expect(stored.get(clash.id)?.doc.slug).toBe('intro-call-2');
    expect(stored.get(taken.id)?.doc.slug).toBe('intro-call');
    expect(await db.event_types.count().exec()).toBe(2);
  });
});
