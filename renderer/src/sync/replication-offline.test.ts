// test: an edit made while the server is down is "not yet synced", reaches the server once it
// is back (restarted on the same port and SQLite file), and then counts as synced.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeEventType } from '../../../core/testing/fixtures.ts';
import type { DatabaseConfig } from '../../../sync-server/src/config/parse-database-url.ts';
import { startTestServer, type TestServer } from '../../../sync-server/src/testing/start-test-server.ts';
import { startReplication } from './start-replication.ts';
import { FAST_BACKOFF, openTestDatabase, waitForState, waitForValue, useCleanups } from './testing/sync-test-kit.ts';

describe('startReplication across a server outage', () => {
  const cleanups = useCleanups();

  it('keeps an offline edit unsynced until the server is back, then pushes it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'renderer-sync-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const database: DatabaseConfig = { kind: 'sqlite', path: join(dir, 'scheduler.sqlite') };
    let server: TestServer | null = await startTestServer({ database });
    cleanups.push(async () => { await server?.close(); });
    const { port } = server;
    const host = await server.createHost();

    const db = await openTestDatabase();
    const sync = startReplication({ db, serverUrl: server.baseUrl, token: host.token, backoff: FAST_BACKOFF });
    cleanups.push(async () => {
      await sync.stop();
      await db.close();
    });
    const eventType = makeEventType({ name: 'Before the outage' });
    await db.event_types.insert(eventType);
    await waitForValue(sync.unsyncedIds$('event_types'), (ids) => ids.size === 0, 'the first version synced');
    await waitForState(sync, (s) => s.status === 'online', 'online');
    const syncedBefore = sync.getState().lastSyncedAt;

    await server.close();
    server = null;
    const offline = await waitForState(sync, (s) => s.status === 'offline', 'offline');
    expect(offline.error).toEqual({ kind: 'unreachable', message: expect.stringContaining('Cannot reach the server') });
    expect(offline.lastSyncedAt).toBe(syncedBefore);

    const doc = await db.event_types.findOne(eventType.id).exec();
    await doc?.incrementalPatch({ name: 'Edited offline', updatedAt: '2026-03-02T10:00:00.000Z' });
    await waitForValue(sync.unsyncedIds$('event_types'), (ids) => ids.has(eventType.id), 'the edit marked unsynced');
    // It stays unsynced while the server is away (retries keep failing).
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await waitForValue(sync.unsyncedIds$('event_types'), () => true, 'unsynced ids')).toEqual(new Set([eventType.id]));
    expect(sync.getState().status).toBe('offline');

    server = await startTestServer({ database, port });
    await waitForValue(sync.unsyncedIds$('event_types'), (ids) => ids.size === 0, 'the edit synced after the restart');
    const stored = await server.store.getDocs(host.hostId, 'event_types', [eventType.id]);
    expect(stored.get(eventType.id)?.doc.name).toBe('Edited offline');
    const online = await waitForState(sync, (s) => s.status === 'online', 'online again');
    expect(online.lastSyncedAt! > syncedBefore!).toBe(true);
  });

  it('starts offline without a server, keeps local inserts unsynced, and syncs them when it appears', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'renderer-sync-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const database: DatabaseConfig = { kind: 'sqlite', path: join(dir, 'scheduler.sqlite') };
    // Create the host, then take the server away before the desktop starts.
    let server: TestServer | null = await startTestServer({ database });
    const { port, baseUrl } = server;
    const host = await server.createHost();
    await server.close();
    cleanups.push(async () => { await server?.close(); });

    const db = await openTestDatabase();
    const sync = startReplication({ db, serverUrl: baseUrl, token: host.token, backoff: FAST_BACKOFF });
    cleanups.push(async () => {
      await sync.stop();
      await db.close();
    });
    await waitForState(sync, (s) => s.status === 'offline', 'offline');
    const eventType = makeEventType({ name: 'Made offline' });
    await db.event_types.insert(eventType);
    await waitForValue(sync.unsyncedIds$('event_types'), (ids) => ids.has(eventType.id), 'the new event type unsynced');
    expect(sync.getState().lastSyncedAt).toBeNull();

    server = await startTestServer({ database, port });
    await waitForValue(sync.unsyncedIds$('event_types'), (ids) => ids.size === 0, 'synced once the server is up');
    expect((await server.store.getDocs(host.hostId, 'event_types', [eventType.id])).get(eventType.id)?.doc.name).toBe('Made offline');
    await waitForState(sync, (s) => s.status === 'online' && s.lastSyncedAt !== null, 'online with a sync time');
  });
});
