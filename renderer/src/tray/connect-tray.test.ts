// test (renderer logic on a real RxDB in memory): the tray gets the host's data as it changes,
// and a tray request creates a real single-use link and answers with its URL. The platform is
// the Electron boundary, so it is the one stand-in here.
import { BehaviorSubject } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEventType } from '../../../core/testing/fixtures.ts';
import { createAppDatabase } from '../db/create-database.ts';
import type { AppDatabase } from '../db/app-database-types.ts';
import { uniqueDatabaseName } from '../db/testing/unique-database-name.ts';
import type { TrayData, TrayLinkRequest, TrayLinkResult } from '../../../electron/contract/desktop-api.ts';
import type { HostSession } from '../session/open-host-session.ts';
import type { SyncController, SyncState } from '../sync/sync-types.ts';
import { connectTray } from './connect-tray.ts';

let db: AppDatabase | null = null;

afterEach(async () => {
  await db?.remove();
  db = null;
});

function fakeTrayPlatform() {
  const pushed: TrayData[] = [];
  let handler: ((request: TrayLinkRequest) => Promise<TrayLinkResult>) | null = null;
  return {
    pushed,
    request: (eventTypeId: string) => {
      if (!handler) throw new Error('no tray handler');
      return handler({ eventTypeId });
    },
    registered: () => handler !== null,
    platform: {
      capabilities: { tray: true, globalShortcut: true, launchAtLogin: true },
      pushTrayData: (data: TrayData) => { pushed.push(data); },
      onTrayRequest: (h: (request: TrayLinkRequest) => Promise<TrayLinkResult>) => {
        handler = h;
        return () => { handler = null; };
      },
    },
  };
}

async function session(): Promise<HostSession> {
  db = await createAppDatabase({ name: uniqueDatabaseName('tray'), storage: getRxStorageMemory() });
  const state$ = new BehaviorSubject<SyncState>({ status: 'offline', lastSyncedAt: null });
  const sync = { state$, getState: () => state$.value } as unknown as SyncController;
  return { serverUrl: 'http://127.0.0.1:8787', publicUrl: 'https://book.example.com', token: 't', profile: { hostId: 'h', name: 'Ada', slug: 'ada', timezone: 'UTC' }, db, sync };
}

describe('connectTray', () => {
  it('pushes event types and links as they change and answers a request with a new link', async () => {
    const s = await session();
    const tray = fakeTrayPlatform();
    const disconnect = connectTray(s, tray.platform);
    const intro = makeEventType({ name: 'Intro call' });
    await s.db.event_types.insert(intro);
    await expect.poll(() => tray.pushed.at(-1)?.eventTypes).toEqual([{ id: intro.id, name: 'Intro call' }]);
    expect(tray.pushed.at(-1)?.syncState).toBe('offline');

    const { url } = await tray.request(intro.id);
    // Invitees get the server's public address, not the one the desktop syncs with.
    expect(url).toMatch(/^https:\/\/book\.example\.com\/l\/[A-Za-z0-9_-]{22,}$/);
    const links = await s.db.links.find().exec();
    expect(links.map((l) => [l.eventTypeId, l.maxUses, l.token])).toEqual([[intro.id, 1, url.split('/l/')[1]]]);
    await expect.poll(() => tray.pushed.at(-1)?.recentLinks.map((l) => l.url)).toEqual([url]);

    disconnect();
    expect(tray.registered()).toBe(false);
  });

  it('refuses a request for an archived or unknown event type', async () => {
    const s = await session();
    const tray = fakeTrayPlatform();
    const disconnect = connectTray(s, tray.platform);
    const old = makeEventType({ name: 'Old', archived: true });
    await s.db.event_types.insert(old);
    await expect(tray.request(old.id)).rejects.toThrow('archived');
    await expect(tray.request('missing')).rejects.toThrow('no longer exists');
    expect(await s.db.links.count().exec()).toBe(0);
    disconnect();
  });

  it('does nothing where the platform has no tray', async () => {
    const s = await session();
    const tray = fakeTrayPlatform();
    const disconnect = connectTray(s, { ...tray.platform, capabilities: { tray: false, globalShortcut: false, launchAtLogin: false } });
    expect(tray.registered()).toBe(false);
    disconnect();
  });
});
