// test (fault): the desktop's replication client (renderer startReplication, RxDB memory
// storage) talks to a real server through a flaky TCP proxy that delays, cuts connections in the
// middle of responses and refuses for a while, while the host keeps editing on the desktop and
// another device writes to the server. Once the network heals, client and server hold the same
// documents and every local edit is on the server in its last version.
import { describe, expect, it } from 'vitest';
import { deepEqual } from '../../core/merge/index.ts';
import type { CollectionName } from '../../core/schemas/index.ts';
import { makeEventType, makeLink, replicated } from '../../core/testing/fixtures.ts';
import { stripRxdbInternals } from '../../renderer/src/db/strip-rxdb-internals.ts';
import { startReplication } from '../../renderer/src/sync/start-replication.ts';
import { FAST_BACKOFF, openTestDatabase, useCleanups, waitUntil } from '../../renderer/src/sync/testing/sync-test-kit.ts';
import type { Store } from '../../sync-server/src/store/store.ts';
import { hostClient } from '../../sync-server/src/testing/http-client.ts';
import { startTestServer } from '../../sync-server/src/testing/start-test-server.ts';
import { startFlakyTcpProxy, type NetworkMode } from './testing/flaky-tcp-proxy.ts';

const COLLECTIONS: CollectionName[] = ['event_types', 'links', 'bookings'];

async function serverDocs(store: Store, hostId: string, collection: CollectionName): Promise<Record<string, unknown>[]> {
  const { documents } = await store.pull(hostId, collection, null, 100_000);
  return documents.filter((doc) => !doc._deleted).map((doc) => ({ ...doc })).sort((a, b) => a.id.localeCompare(b.id));
}

describe('replication over a flaky network', () => {
  const cleanups = useCleanups();

  it('converges after delays, mid-response cuts and refusals, losing no local edit', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const host = await server.createHost();
    const proxy = await startFlakyTcpProxy({ port: server.port });
    cleanups.push(() => proxy.close());
    const otherDevice = hostClient(server.baseUrl, host.token);

    const db = await openTestDatabase();
    const sync = startReplication({
      db,
      serverUrl: proxy.url,
      token: host.token,
      backoff: FAST_BACKOFF,
      // A delayed or half-answered request must count as failed soon, and a cut stream be noticed.
      requestTimeoutMs: 1500,
      streamStaleAfterMs: 2500,
      onUnexpectedError: () => {},
    });
    const statuses = new Set<string>();
    const watching = sync.state$.subscribe((state) => statuses.add(state.status));
    cleanups.push(async () => {
      watching.unsubscribe();
      await sync.stop();
      await db.close();
    });

    const eventType = makeEventType({ name: 'Before the storm' });
    await db.event_types.insert(eventType);
    await sync.awaitInSync();

    // What the desktop last wrote, by id: the server must end with exactly these versions.
    const localLinks = new Map<string, ReturnType<typeof makeLink>>();
    const deletedLocally = new Set<string>();
    let editCounter = 0;
    const localEdit = async (): Promise<void> => {
      editCounter += 1;
      const updatedAt = new Date(Date.parse('2026-03-02T10:00:00.000Z') + editCounter * 1000).toISOString();
      const ids = [...localLinks.keys()].filter((id) => !deletedLocally.has(id));
      if (editCounter % 3 !== 0 || ids.length === 0) {
        const link = makeLink({ eventTypeId: eventType.id, note: `made offline-ish #${editCounter}`, createdAt: updatedAt, updatedAt });
        await db.links.insert(link);
        localLinks.set(link.id, link);
      } else if (editCounter % 9 === 0) {
        const id = ids[editCounter % ids.length]!;
        await (await db.links.findOne(id).exec())!.remove();
        deletedLocally.add(id);
      } else {
        const id = ids[editCounter % ids.length]!;
        const doc = (await db.links.findOne(id).exec())!;
        await doc.incrementalPatch({ note: `edited #${editCounter}`, updatedAt });
        localLinks.set(id, stripRxdbInternals(doc.getLatest().toJSON()) as ReturnType<typeof makeLink>);
      }
      if (editCounter % 4 === 0) {
        // Meanwhile another device of the host writes to the server directly.
        const link = makeLink({ eventTypeId: eventType.id, note: `other device #${editCounter}` });
        const pushed = await otherDevice.post('/sync/links/push', [{ newDocumentState: replicated(link) }]);
        expect(pushed.status).toBe(200);
      }
    };

    const storm: NetworkMode[] = [
      { kind: 'delay', delayMs: 150, jitterMs: 200 },
      { kind: 'cut', afterBytes: 40 },
      { kind: 'cut', afterBytes: 700 },
      { kind: 'refuse' },
      { kind: 'delay', delayMs: 600, jitterMs: 1200 },
      { kind: 'cut', afterBytes: 300 },
      { kind: 'refuse' },
    ];
    for (const mode of storm) {
      await proxy.setMode(mode);
      for (let i = 0; i < 6; i += 1) {
        await localEdit();
        await new Promise((resolve) => setTimeout(resolve, 120));
      }
    }
    // The storm really reached the client: connections were cut and it saw itself offline.
    expect(proxy.cuts()).toBeGreaterThan(0);
    expect(statuses.has('offline')).toBe(true);

    await proxy.setMode({ kind: 'healthy' });
    await waitUntil(async () => {
      for (const name of COLLECTIONS) {
        const local = (await db.collections[name].find().exec()).map((doc) => stripRxdbInternals(doc.toJSON(true) as Record<string, unknown>));
        const remote = await serverDocs(server.store, host.hostId, name);
        const localSorted = local.map((doc): Record<string, unknown> => ({ ...doc, _deleted: false })).sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
        // Same data; key order is not data (the server keeps `_deleted` in a column of its own).
        if (!deepEqual(localSorted, remote)) return false;
      }
      return true;
    }, 'client and server hold the same documents', 30_000);

    const stored = await server.store.getDocs(host.hostId, 'links', [...localLinks.keys()]);
    for (const [id, link] of localLinks) {
      const doc = stored.get(id)?.doc;
      expect(doc, `link ${id} reached the server`).toBeDefined();
      if (deletedLocally.has(id)) expect(doc?._deleted).toBe(true);
      else expect({ ...doc, _deleted: undefined }).toEqual({ ...link, _deleted: undefined });
    }
    expect(localLinks.size).toBeGreaterThan(20);
  });
});
