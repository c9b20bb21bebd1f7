// Runs in tests (server side). The view cache of the public GETs against time and abuse, over real
// HTTP on a real SQLite file, with the public routes on a clock the test moves: an answer lives at
// most its lifetime, never past the link's expiry nor past the moment its first slot falls inside
// the minimum notice; the cache stays within its bounds; only 200s are kept, and failed look-ups
// still count (a client over them gets 429 even for a cached page).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerConfig } from '../config/load-config.ts';
import { createHost } from '../hosts/create-host.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { connectViewCache } from './connect-view-cache.ts';
import { createPublicViewCache, type PublicViewCache } from './public-view-cache.ts';
import { registerPublicRoutes } from './register-public-routes.ts';
import { seedEventType, seedLinks } from './testing/seed-booking-data.ts';

const LIFETIME_MS = 2000;

interface ClockedServer {
  baseUrl: string;
  views: PublicViewCache;
  hostId: string;
  store: Store;
  /** The routes' clock, epoch ms. */
  now(): number;
  /** Moves the routes' clock on. */
  advance(ms: number): void;
  close(): Promise<void>;
}

let dir = '';
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'scheduler-view-time-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

let counter = 0;
async function startClockedServer(options: { start: number; maxEntries?: number; failedLookupsPerMinute?: number }): Promise<ClockedServer> {
  counter += 1;
  const database = { kind: 'sqlite' as const, path: join(dir, `db-${counter}.sqlite`) };
  const store = await openStore(database);
  const config: ServerConfig = {
    port: 0, host: '127.0.0.1', database, publicUrl: 'http://localhost', logLevel: 'silent', streamHeartbeatMs: 25_000, trustProxy: false,
    publicLimits: { bookingsPerMinute: 100_000, failedLookupsPerMinute: options.failedLookupsPerMinute ?? 100_000 },
  };
  const views = createPublicViewCache({ lifetimeMs: LIFETIME_MS, maxEntries: options.maxEntries });
  const disconnectViews = connectViewCache(store, views);
  let now = options.start;
  const app: FastifyInstance = Fastify({ logger: false });
  await registerPublicRoutes(app, store, config, { views, now: () => new Date(now) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const { host } = await createHost(store, { name: 'Grace Hopper', slug: `host-${counter}`, timezone: 'UTC' });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    views,
    hostId: host.id,
    store,
    now: () => now,
    advance(ms) { now += ms; },
    async close() {
      await app.close();
      disconnectViews();
      await store.close();
    },
  };
}

/** Plain answers only: one cache entry per question (compressed copies are entries of their own). */
const get = (url: string) => fetch(url, { headers: { 'accept-encoding': 'identity' } });

/** Tomorrow (UTC) at hour:00, on the open event type's grid. */
function tomorrowAt(hour: number): number {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + 1);
  date.setUTCHours(hour, 0, 0, 0);
  return date.getTime();
}

describe('public view cache over time', () => {
  let server: ClockedServer;
  afterAll(async () => { await server?.close(); });

  it('serves an answer again until its lifetime is over, then builds it anew', async () => {
    server = await startClockedServer({ start: Date.now() });
    const eventType = await seedEventType(server.store, server.hostId);
    const [link] = await seedLinks(server.store, server.hostId, eventType.id, 1);
    const url = `${server.baseUrl}/l/${link!.token}`;
    // Kept from the second ask on (public-view-cache.ts).
    await get(url);
    expect(server.views.stats()).toMatchObject({ hits: 0, stored: 0 });
    const first = await (await get(url)).text();
    server.advance(LIFETIME_MS - 1);
    expect(await (await get(url)).text()).toBe(first);
    expect(server.views.stats()).toMatchObject({ hits: 1, stored: 1 });
    server.advance(1);
    expect((await get(url)).status).toBe(200);
    expect(server.views.stats()).toMatchObject({ hits: 1, stored: 2 });
  });

  it('never serves a page past the link\'s expiry: the next GET is the 410 page', async () => {
    const eventType = await seedEventType(server.store, server.hostId);
    const [link] = await seedLinks(server.store, server.hostId, eventType.id, 1, { expiresAt: new Date(server.now() + 10 * 60_000).toISOString() });
    const url = `${server.baseUrl}/l/${link!.token}`;
    // Well inside the lifetime, but at the expiry.
    server.advance(10 * 60_000 - LIFETIME_MS / 2);
    expect((await get(url)).status).toBe(200);
    expect((await get(url)).status).toBe(200);
    server.advance(LIFETIME_MS / 2);
    expect((await get(url)).status).toBe(410);
  });

  it('never lists a slot past the moment it falls inside the minimum notice', async () => {
    const first = tomorrowAt(10);
    // One second before 10:00 falls inside the hour of notice.
    const clocked = await startClockedServer({ start: first - 60 * 60_000 - 1000 });
    try {
      const eventType = await seedEventType(clocked.store, clocked.hostId, { minNoticeMinutes: 60 });
      const [link] = await seedLinks(clocked.store, clocked.hostId, eventType.id, 1);
      const day = new Date(first).toISOString().slice(0, 10);
      const url = `${clocked.baseUrl}/api/public/links/${link!.token}/slots?from=${day}&to=${day}&timezone=UTC`;
      const firstStart = async () => ((await (await get(url)).json()) as { days: { slots: { start: string }[] }[] }).days[0]!.slots[0]!.start;
      for (let ask = 0; ask < 3; ask += 1) expect(await firstStart()).toBe(new Date(first).toISOString());
      expect(clocked.views.stats().hits).toBe(1);
      clocked.advance(1001);
      expect(await firstStart()).toBe(new Date(first + 30 * 60_000).toISOString());
    } finally {
      await clocked.close();
    }
  });
});

describe('public view cache bounds', () => {
  it('holds at most its entries however many different questions are asked', async () => {
    const server = await startClockedServer({ start: Date.now(), maxEntries: 5 });
    try {
      const eventType = await seedEventType(server.store, server.hostId);
      const [link] = await seedLinks(server.store, server.hostId, eventType.id, 1);
      for (let day = 1; day <= 20; day += 1) {
        const date = new Date(Date.now() + day * 86_400_000).toISOString().slice(0, 10);
        for (let ask = 0; ask < 2; ask += 1) {
          expect((await get(`${server.baseUrl}/api/public/links/${link!.token}/slots?from=${date}&to=${date}&timezone=UTC`)).status).toBe(200);
          expect((await get(`${server.baseUrl}/l/${link!.token}?date=${date}`)).status).toBe(200);
        }
        expect(server.views.stats().size).toBeLessThanOrEqual(5);
      }
      expect(server.views.stats().stored).toBe(40);
    } finally {
      await server.close();
    }
  });

  it('keeps only 200 answers, and a client over its failed look-ups gets 429 even for a cached page', async () => {
    const server = await startClockedServer({ start: Date.now(), failedLookupsPerMinute: 3 });
    try {
      const eventType = await seedEventType(server.store, server.hostId);
      const [link] = await seedLinks(server.store, server.hostId, eventType.id, 1);
      expect((await get(`${server.baseUrl}/l/${link!.token}`)).status).toBe(200);
      expect((await get(`${server.baseUrl}/l/${link!.token}`)).status).toBe(200);
      const unknown = `${'Z'.repeat(21)}0`;
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await get(`${server.baseUrl}/l/${unknown}`)).status);
      expect(statuses).toEqual([404, 404, 404, 429]);
      expect(server.views.stats()).toMatchObject({ stored: 1, size: 1 });
      expect((await get(`${server.baseUrl}/l/${link!.token}`)).status).toBe(429);
      expect((await get(`${server.baseUrl}/api/public/links/${link!.token}/slots?from=2030-01-01&to=2030-01-01&timezone=UTC`)).status).toBe(429);
    } finally {
      await server.close();
    }
  });
});
