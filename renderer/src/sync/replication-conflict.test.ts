// test: conflicts with the real server resolve by field ownership: the desktop's edits of its
// own fields survive, and the server's redemption state of a link (useCount, bookingIds,
// lastBookedAt) is never overwritten by a desktop that had not seen the booking yet.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LinkDoc } from '../../../core/schemas/index.ts';
import { makeEventType, makeLink } from '../../../core/testing/fixtures.ts';
import { openStore } from '../../../sync-server/src/store/open-store.ts';
import type { Store } from '../../../sync-server/src/store/store.ts';
import { startTestServer, type TestHost, type TestServer } from '../../../sync-server/src/testing/start-test-server.ts';
import type { AppDatabase } from '../db/app-database-types.ts';
import { startReplication } from './start-replication.ts';
import type { SyncController } from './sync-types.ts';
import { FAST_BACKOFF, openTestDatabase, waitForState, waitForValue, useCleanups } from './testing/sync-test-kit.ts';
import { bookLinkOnServer } from '../../../sync-server/src/testing/book-link-on-server.ts';

interface Setup {
  store: Store;
  host: TestHost;
  db: AppDatabase;
  sync: SyncController;
  link: LinkDoc;
  /** Takes the HTTP server down (the store stays open, so the test can change data "on the server"). */
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
}

describe('conflict resolution by field ownership', () => {
  const cleanups = useCleanups();

  async function setup(): Promise<Setup> {
    const dir = await mkdtemp(join(tmpdir(), 'renderer-conflict-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const store = await openStore({ kind: 'sqlite', path: join(dir, 'scheduler.sqlite') });
    cleanups.push(() => store.close());
    let server: TestServer | null = await startTestServer({ store });
    cleanups.push(async () => { await server?.close(); });
    const { port, baseUrl } = server;
    const host = await server.createHost();

    const db = await openTestDatabase();
    const sync = startReplication({ db, serverUrl: baseUrl, token: host.token, backoff: FAST_BACKOFF });
    cleanups.push(async () => {
      await sync.stop();
      await db.close();
    });
    const eventType = makeEventType();
    const link = makeLink({ eventTypeId: eventType.id, note: 'first note' });
    await db.event_types.insert(eventType);
    await db.links.insert(link);
    await waitForValue(sync.unsyncedIds$('links'), (ids) => ids.size === 0, 'the link synced');
    await waitForState(sync, (s) => s.status === 'online', 'online');
    return {
      store, host, db, sync, link,
      async stopServer() {
        await server?.close();
        server = null;
        await waitForState(sync, (s) => s.status === 'offline', 'offline');
      },
      async startServer() {
        server = await startTestServer({ store, port });
      },
    };
  }

  /** A booking of the link, committed on the server the way the booking endpoint does it. */
  async function bookOnServer(store: Store, link: LinkDoc): Promise<string> {
    return (await bookLinkOnServer(store, link.token, { bookingId: crypto.randomUUID() })).booking.id;
  }

  async function serverLink(store: Store, hostId: string, linkId: string): Promise<LinkDoc & { _deleted: boolean }> {
    return (await store.getDocs(hostId, 'links', [linkId])).get(linkId)!.doc;
  }

  it('an offline edit of a link booked meanwhile keeps the booking on both sides', async () => {
    const { store, host, db, sync, link, stopServer, startServer } = await setup();
    await stopServer();
    await (await db.links.findOne(link.id).exec())!.incrementalPatch({ note: 'edited offline', updatedAt: '2026-03-02T11:00:00.000Z' });
    const bookingId = await bookOnServer(store, link);
    await startServer();

    await waitForValue(sync.unsyncedIds$('links'), (ids) => ids.size === 0, 'the edit synced');
    const local = await waitForValue(db.links.findOne(link.id).$, (doc) => doc?.useCount === 1, 'the booking reflected locally');
    const onServer = await serverLink(store, host.hostId, link.id);
    expect(onServer).toMatchObject({ note: 'edited offline', useCount: 1, bookingIds: [bookingId] });
    expect(onServer.lastBookedAt).not.toBeNull();
    const { _deleted: _d, ...serverFields } = onServer;
    expect(local?.toJSON()).toEqual(serverFields);
    expect(await waitForValue(db.bookings.findOne(bookingId).$, (doc) => doc !== null, 'the booking')).not.toBeNull();
  });

  it('a real conflict (another device changed the link too) resolves with the desktop\'s fields and the server\'s redemption state', async () => {
    const { store, host, db, sync, link, stopServer, startServer } = await setup();
    const conflicts: unknown[] = [];
    const subscription = sync.replications.links.conflict$.subscribe((c) => conflicts.push(c));
    cleanups.push(async () => subscription.unsubscribe());

    await stopServer();
    await (await db.links.findOne(link.id).exec())!.incrementalPatch({
      note: 'desktop note', contact: { name: 'Desk Top', email: 'desk@example.com' }, updatedAt: '2026-03-02T11:00:00.000Z',
    });
    // Another device of the host changes the note, then an invitee books the link.
    const before = await serverLink(store, host.hostId, link.id);
    await store.writeTransaction(host.hostId, async (tx) => {
      await tx.putDoc('links', { ...before, note: 'other device note', updatedAt: '2026-03-02T10:30:00.000Z' });
    });
    const bookingId = await bookOnServer(store, link);
    await startServer();

    await waitForValue(sync.unsyncedIds$('links'), (ids) => ids.size === 0, 'the merge synced');
    expect(conflicts.length).toBeGreaterThan(0);
    const onServer = await serverLink(store, host.hostId, link.id);
    expect(onServer).toMatchObject({
      note: 'desktop note',
      contact: { name: 'Desk Top', email: 'desk@example.com' },
      updatedAt: '2026-03-02T11:00:00.000Z',
      useCount: 1,
      bookingIds: [bookingId],
    });
    const local = await waitForValue(db.links.findOne(link.id).$, (doc) => doc?.useCount === 1, 'the merge locally');
    const { _deleted: _d, ...serverFields } = onServer;
    expect(local?.toJSON()).toEqual(serverFields);
  });

  it('another device\'s edit of a different field survives this desktop\'s offline edit (three-way merge)', async () => {
    const { store, host, db, sync, link, stopServer, startServer } = await setup();
    await stopServer();
    await (await db.links.findOne(link.id).exec())!.incrementalPatch({ note: 'desktop note', updatedAt: '2026-03-02T11:00:00.000Z' });
    const before = await serverLink(store, host.hostId, link.id);
    await store.writeTransaction(host.hostId, async (tx) => {
      await tx.putDoc('links', { ...before, contact: { name: 'Other Device', email: 'other@example.com' }, updatedAt: '2026-03-02T10:30:00.000Z' });
    });
    await startServer();

    await waitForValue(sync.unsyncedIds$('links'), (ids) => ids.size === 0, 'the merge synced');
    const onServer = await serverLink(store, host.hostId, link.id);
    expect(onServer).toMatchObject({ note: 'desktop note', contact: { name: 'Other Device', email: 'other@example.com' } });
    const local = await waitForValue(db.links.findOne(link.id).$, (doc) => doc?.contact.name === 'Other Device', 'the merge locally');
    const { _deleted: _d, ...serverFields } = onServer;
    expect(local?.toJSON()).toEqual(serverFields);
  });

  it('a desktop that writes a server-owned field locally cannot lower the server\'s useCount', async () => {
    const { store, host, db, sync, link } = await setup();
    const bookingId = await bookOnServer(store, link);
    await waitForValue(db.links.findOne(link.id).$, (doc) => doc?.useCount === 1, 'the booking locally');
    // A stale or buggy write of redemption state on the desktop:
    await (await db.links.findOne(link.id).exec())!.incrementalPatch({ useCount: 0, bookingIds: [], lastBookedAt: null, note: 'after booking' });

    await waitForValue(db.links.findOne(link.id).$, (doc) => doc?.useCount === 1 && doc.note === 'after booking', 'the server\'s count back locally');
    await waitForValue(sync.unsyncedIds$('links'), (ids) => ids.size === 0, 'synced');
    expect(await serverLink(store, host.hostId, link.id)).toMatchObject({ note: 'after booking', useCount: 1, bookingIds: [bookingId] });
  });
});
