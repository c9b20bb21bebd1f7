// test: two devices of one host edit the same field of a link while apart; whichever reaches the
// real server first, both end with the newer edit, and the device whose edit lost records it
// (field and lost value) for the host. Different fields keep both edits.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LinkDoc } from '../../../core/schemas/index.ts';
import { makeEventType, makeLink } from '../../../core/testing/fixtures.ts';
import { openStore } from '../../../sync-server/src/store/open-store.ts';
import { startTestServer, type TestHost } from '../../../sync-server/src/testing/start-test-server.ts';
import type { AppDatabase } from '../db/app-database-types.ts';
import { deviceIdOf } from '../db/device-id.ts';
import type { LostEditNotice } from '../lost-edits/lost-edit-notice.ts';
import { watchLostEdits } from '../lost-edits/watch-lost-edits.ts';
import { startReplication } from './start-replication.ts';
import type { SyncController } from './sync-types.ts';
import { FAST_BACKOFF, openTestDatabase, useCleanups, waitForValue, waitUntil } from './testing/sync-test-kit.ts';

interface Device {
  db: AppDatabase;
  sync: SyncController | null;
  lost: LostEditNotice[];
}

describe('two devices edit one field apart: the newer edit wins', () => {
  const cleanups = useCleanups();

  async function setup() {
    const dir = await mkdtemp(join(tmpdir(), 'renderer-newer-edit-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const store = await openStore({ kind: 'sqlite', path: join(dir, 'scheduler.sqlite') });
    cleanups.push(() => store.close());
    const server = await startTestServer({ store });
    cleanups.push(() => server.close());
    const host: TestHost = await server.createHost();
    const eventType = makeEventType();
    const link = makeLink({ eventTypeId: eventType.id, note: 'original', contact: { name: 'Ada', email: 'ada@example.com' } });

    const connect = (device: Device) => {
      device.sync = startReplication({ db: device.db, serverUrl: server.baseUrl, token: host.token, backoff: FAST_BACKOFF });
    };
    const disconnect = async (device: Device) => {
      await device.sync?.stop();
      device.sync = null;
    };
    const synced = (device: Device) => waitForValue(device.sync!.unsyncedIds$('links'), (ids) => ids.size === 0, 'links synced');
    const openDevice = async (): Promise<Device> => {
      const db = await openTestDatabase();
      const device: Device = { db, sync: null, lost: [] };
      const stop = watchLostEdits(db, await deviceIdOf(db), async (found) => { device.lost.push(...found); });
      cleanups.push(async () => {
        stop();
        await disconnect(device);
        await db.close();
      });
      connect(device);
      return device;
    };

    const a = await openDevice();
    await a.db.event_types.insert(eventType);
    await a.db.links.insert(link);
    await synced(a);
    const b = await openDevice();
    await waitForValue(b.db.links.findOne(link.id).$, (doc) => doc !== null, 'the link on B');
    return { store, host, link, a, b, connect, disconnect, synced };
  }

  async function noteOf(device: Device, link: LinkDoc): Promise<string | undefined> {
    return (await device.db.links.findOne(link.id).exec())?.note;
  }

  async function edit(device: Device, link: LinkDoc, change: Partial<LinkDoc>): Promise<void> {
    await (await device.db.links.findOne(link.id).exec())!.incrementalPatch({ ...change, updatedAt: new Date().toISOString() });
    // Edits a few milliseconds apart: the edit stamps (millisecond clock) order them.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }

  it.each([
    ['the older edit reaches the server first', 'older-first'],
    ['the newer edit reaches the server first', 'newer-first'],
  ])('%s', async (_label, order) => {
    const { store, host, link, a, b, connect, disconnect, synced } = await setup();
    await disconnect(a);
    await disconnect(b);
    await edit(a, link, { note: 'A: older' });
    await edit(b, link, { note: 'B: newer' });

    const [first, second] = order === 'older-first' ? [a, b] : [b, a];
    connect(first);
    await synced(first);
    connect(second);
    await synced(second);
    await waitUntil(async () => (await noteOf(a, link)) === 'B: newer' && (await noteOf(b, link)) === 'B: newer', 'both devices hold the newer edit');
    const onServer = (await store.getDocs(host.hostId, 'links', [link.id])).get(link.id)!.doc;
    expect(onServer.note).toBe('B: newer');

    await waitUntil(() => a.lost.length > 0, 'A records its lost edit');
    expect(a.lost).toEqual([expect.objectContaining({ field: 'Note', lostText: 'A: older', keptText: 'B: newer', what: 'the link for Ada' })]);
    expect(b.lost).toEqual([]);
  });

  it('edits of different fields keep both, with nothing reported lost', async () => {
    const { link, a, b, connect, disconnect, synced } = await setup();
    await disconnect(a);
    await disconnect(b);
    await edit(a, link, { contact: { name: 'Alan Turing', email: 'ada@example.com' } });
    await edit(b, link, { note: 'Bring the slides' });
    connect(b);
    await synced(b);
    connect(a);
    await synced(a);
    const both = (doc: LinkDoc | null | undefined) => doc?.note === 'Bring the slides' && doc.contact.name === 'Alan Turing';
    await waitForValue(a.db.links.findOne(link.id).$, (doc) => both(doc?.toJSON() as LinkDoc | undefined), 'both edits on A');
    await waitForValue(b.db.links.findOne(link.id).$, (doc) => both(doc?.toJSON() as LinkDoc | undefined), 'both edits on B');
    expect([a.lost, b.lost]).toEqual([[], []]);
  });
});
