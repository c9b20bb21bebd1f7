// test: what the host sees when the server refuses the token, fails, or is not a sync server;
// recovery with retryNow(); the last sync time surviving a restart; stopping.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeEventType } from '../../../core/testing/fixtures.ts';
import { startTestServer, type TestHost, type TestServer } from '../../../sync-server/src/testing/start-test-server.ts';
import type { AppDatabase } from '../db/app-database-types.ts';
import { UNAUTHORIZED_MESSAGE } from './describe-failure.ts';
import { startReplication } from './start-replication.ts';
import type { StartReplicationOptions, SyncController } from './sync-types.ts';
import { FAST_BACKOFF, openTestDatabase, waitForState, waitForValue, useCleanups } from './testing/sync-test-kit.ts';

describe('sync errors and recovery', () => {
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

  async function openDb(): Promise<AppDatabase> {
    const db = await openTestDatabase();
    cleanups.push(async () => { await db.close(); });
    return db;
  }

  function start(db: AppDatabase, options: Partial<StartReplicationOptions> = {}): SyncController {
    const sync = startReplication({ db, serverUrl: server.baseUrl, token: host.token, backoff: FAST_BACKOFF, ...options });
    cleanups.push(() => sync.stop());
    return sync;
  }

  it('shows a refused token as an error the host can act on', async () => {
    const db = await openDb();
    const seen: string[] = [];
    const sync = start(db, { token: 'not-the-right-token', onStateChange: (s) => seen.push(s.status) });
    const state = await waitForState(sync, (s) => s.status === 'error', 'error');
    expect(state.error).toEqual({ kind: 'unauthorized', message: UNAUTHORIZED_MESSAGE });
    expect(state.error?.message).toContain('The server rejected the host token');
    expect(seen[0]).toBe('syncing');
    // Local work goes on.
    await db.event_types.insert(makeEventType());
    expect(await waitForValue(sync.unsyncedIds$('event_types'), (ids) => ids.size === 1, 'one unsynced')).toHaveProperty('size', 1);
  });

  it('shows server failures (5xx) as errors, keeps retrying, and recovers at once on retryNow()', async () => {
    let failing = true;
    const flakyFetch: typeof fetch = (input, init) =>
      failing ? Promise.resolve(new Response('{"error":"internal_error"}', { status: 503 })) : fetch(input, init);
    const db = await openDb();
    // Long backoff: only retryNow() can make the recovery quick.
    const sync = start(db, { fetch: flakyFetch, backoff: { initialMs: 60_000, maxMs: 60_000 } });
    const state = await waitForState(sync, (s) => s.status === 'error', 'error');
    expect(state.error?.kind).toBe('server');
    expect(state.error?.message).toMatch(/HTTP 503/);

    failing = false;
    const started = Date.now();
    sync.retryNow();
    await waitForState(sync, (s) => s.status === 'online', 'online after retryNow', 5000);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('says so when the URL points at something that is not the sync server', async () => {
    const db = await openDb();
    const sync = start(db, { serverUrl: `${server.baseUrl}/not-here` });
    const state = await waitForState(sync, (s) => s.status === 'error', 'error');
    expect(state.error).toEqual({ kind: 'server', message: expect.stringContaining('Is the server URL right?') });
  });

  it('shows an unreachable server as offline', async () => {
    const gone = await startTestServer();
    const { baseUrl } = gone;
    await gone.close();
    const db = await openDb();
    const sync = start(db, { serverUrl: baseUrl });
    const state = await waitForState(sync, (s) => s.status === 'offline', 'offline');
    expect(state.error).toEqual({ kind: 'unreachable', message: `Cannot reach the server at ${baseUrl}.` });
  });

  it('remembers the last sync time for the next start, also offline', async () => {
    const db = await openDb();
    const first = start(db);
    const { lastSyncedAt } = await waitForState(first, (s) => s.status === 'online', 'online');
    await first.stop();

    const gone = await startTestServer();
    const unreachableUrl = gone.baseUrl;
    await gone.close();
    const elsewhere = start(db, { serverUrl: unreachableUrl });
    // Another server: its own (unknown) history.
    expect((await waitForState(elsewhere, (s) => s.status === 'offline', 'offline')).lastSyncedAt).toBeNull();
    await elsewhere.stop();

    const again = start(db, { fetch: () => Promise.reject(new TypeError('fetch failed')) });
    const offline = await waitForState(again, (s) => s.status === 'offline' && s.lastSyncedAt !== null, 'offline with the remembered time');
    expect(offline.lastSyncedAt).toBe(lastSyncedAt);
  });

  it('stops cleanly: no more requests, the state stream completes, and closing the database stops it too', async () => {
    let requests = 0;
    const countingFetch: typeof fetch = (input, init) => {
      requests += 1;
      return fetch(input, init);
    };
    const db = await openDb();
    const sync = start(db, { fetch: countingFetch });
    await waitForState(sync, (s) => s.status === 'online', 'online');
    let completed = false;
    sync.state$.subscribe({ complete: () => { completed = true; } });
    await sync.stop();
    expect(completed).toBe(true);
    const after = requests;
    await db.event_types.insert(makeEventType());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toBe(after);

    const otherDb = await openTestDatabase();
    const other = startReplication({ db: otherDb, serverUrl: server.baseUrl, token: host.token, backoff: FAST_BACKOFF });
    await waitForState(other, (s) => s.status === 'online', 'online');
    let otherCompleted = false;
    other.state$.subscribe({ complete: () => { otherCompleted = true; } });
    await otherDb.close();
    expect(otherCompleted).toBe(true);
  });

  it('names the setting at fault before any request', async () => {
    const db = await openDb();
    expect(() => startReplication({ db, serverUrl: 'localhost:8787', token: host.token })).toThrow(/^serverUrl: /);
    expect(() => startReplication({ db, serverUrl: server.baseUrl, token: '' })).toThrow(/^token: /);
    const sync = start(db);
    expect(() => sync.unsyncedIds$('nope' as never)).toThrow(/^collection: /);
  });
});
