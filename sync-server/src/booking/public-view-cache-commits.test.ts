// Runs in tests (server side). The view cache of the public GETs against commits, over real HTTP on
// SQLite and a real (embedded) PostgreSQL: repeat views are served without a store read, and the
// very next GET after a booking's 201 or a host's push shows the change (on PostgreSQL the store's
// commit notice comes through LISTEN/NOTIFY, so the local write must drop the cache itself). Across
// two server processes on one PostgreSQL, the other process drops its answers on the notice.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { request } from '../testing/http-client.ts';
import { spawnServerProcess } from '../testing/spawn-server-process.ts';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';
import { postgresTarget, sqliteTarget, type StoreTarget } from '../testing/store-targets.ts';
import { countingStore, type CountingStore } from './testing/counting-store.ts';
import { seedEventType, seedLinks, startInDays } from './testing/seed-booking-data.ts';

type Slots = { timezone: string; days: { date: string; slots: { start: string; end: string }[] }[] };

const person = { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'UTC' };
const dayOf = (iso: string) => iso.slice(0, 10);

const postgres = postgresTarget();
const targets: StoreTarget[] = [sqliteTarget(), postgres];
beforeAll(async () => { await Promise.all(targets.map((target) => target.setup())); });
afterAll(async () => { await Promise.all(targets.map((target) => target.teardown())); });

describe.each(targets)('public view cache and commits on $name', (target) => {
  let server: TestServer;
  let counted: CountingStore;
  let store: Store;
  let host: TestHost;
  beforeAll(async () => {
    store = await openStore(await target.freshDatabase());
    counted = countingStore(store);
    server = await startTestServer({ store: counted.store });
    host = await server.createHost({ name: 'Grace Hopper' });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  const page = async (token: string, query = '') => {
    const response = await fetch(`${server.baseUrl}/l/${token}${query}`);
    return { status: response.status, html: await response.text(), headers: response.headers };
  };
  const slotsUrl = (token: string, day: string) => `${server.baseUrl}/api/public/links/${token}/slots?from=${day}&to=${day}&timezone=UTC`;
  const slots = async (token: string, day: string) => {
    const response = await fetch(slotsUrl(token, day));
    return { status: response.status, text: await response.text() };
  };
  const book = (token: string, start: string) => request(`${server.baseUrl}/api/public/links/${token}/bookings`, { method: 'POST', json: { start, ...person } });
  const push = async <C extends 'event_types' | 'links'>(collection: C, id: string, change: Partial<C extends 'links' ? LinkDoc : EventTypeDoc>) => {
    const stored = (await store.getDocs(host.hostId, collection, [id])).get(id)!.doc;
    const answer = await request(`${server.baseUrl}/sync/${collection}/push`, {
      method: 'POST', token: host.token,
      json: [{ assumedMasterState: stored, newDocumentState: { ...stored, ...change, updatedAt: new Date().toISOString() } }],
    });
    expect(answer).toMatchObject({ status: 200, body: [] });
  };

  it('serves a repeated page or slots answer without reading the store, with the same bytes and headers', async () => {
    const eventType = await seedEventType(store, host.hostId);
    const [link] = await seedLinks(store, host.hostId, eventType.id, 1);
    const day = dayOf(startInDays(3));
    // Kept from the second ask on (public-view-cache.ts): the first is built and not kept.
    await page(link!.token);
    await slots(link!.token, day);
    const first = await page(link!.token);
    const firstSlots = await slots(link!.token, day);
    expect([first.status, firstSlots.status]).toEqual([200, 200]);
    const reads = counted.reads();
    const again = await page(link!.token);
    const againSlots = await slots(link!.token, day);
    expect(counted.reads()).toBe(reads);
    expect(again.html).toBe(first.html);
    expect(againSlots.text).toBe(firstSlots.text);
    // The security headers are set on cached answers as on built ones.
    for (const name of ['content-security-policy', 'x-frame-options', 'referrer-policy', 'x-content-type-options', 'strict-transport-security', 'cache-control', 'content-type']) {
      expect(again.headers.get(name), name).toBe(first.headers.get(name));
    }
    expect(again.headers.get('x-frame-options')).toBe('DENY');
    expect(again.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps each answer compressed once per encoding: every client gets the same page, in its own encoding', async () => {
    const eventType = await seedEventType(store, host.hostId);
    const [link] = await seedLinks(store, host.hostId, eventType.id, 1);
    const fetchAs = async (encoding: string) => {
      const response = await fetch(`${server.baseUrl}/l/${link!.token}`, { headers: { 'accept-encoding': encoding } });
      // fetch decodes br and gzip: the text is the page itself.
      return { status: response.status, encoding: response.headers.get('content-encoding'), vary: response.headers.get('vary'), html: await response.text() };
    };
    await fetchAs('identity');
    const plain = await fetchAs('identity');
    const reads = counted.reads();
    for (const [asked, sent] of [['br', 'br'], ['gzip, deflate, br', 'br'], ['gzip', 'gzip'], ['br;q=0, gzip', 'gzip'], ['identity', null]] as const) {
      for (let repeat = 0; repeat < 2; repeat += 1) {
        const answer = await fetchAs(asked);
        expect(answer, asked).toMatchObject({ status: 200, encoding: sent, html: plain.html });
        // The page is chosen by language (header or cookie) and sent in the client's encoding:
        // a shared cache must keep all three apart.
        const vary = (answer.vary ?? '').toLowerCase().split(/,\s*/);
        expect(vary, asked).toEqual(expect.arrayContaining(sent ? ['accept-language', 'cookie', 'accept-encoding'] : ['accept-language', 'cookie']));
      }
    }
    expect(counted.reads()).toBe(reads);
  });

  it('after a booking answers 201, the very next page is the 410 page and the next slots answer leaves the start out', async () => {
    const eventType = await seedEventType(store, host.hostId);
    const [single] = await seedLinks(store, host.hostId, eventType.id, 1);
    const [multi] = await seedLinks(store, host.hostId, eventType.id, 1, { maxUses: 3 });
    const start = startInDays(4, 10);
    const day = dayOf(start);
    // Cached (each asked twice): the page of the single-use link, and the day of the multi-use link (listing `start`).
    expect((await page(single!.token)).status).toBe(200);
    expect((await page(single!.token)).status).toBe(200);
    await slots(multi!.token, day);
    const before = await slots(multi!.token, day);
    expect(before.text).toContain(`"start":"${start}"`);
    for (let ask = 0; ask < 2; ask += 1) expect((await page(multi!.token, `?date=${day}&timezone=UTC`)).html).toContain(`value="${start}"`);

    expect((await book(single!.token, startInDays(5, 10))).status).toBe(201);
    expect((await page(single!.token)).status).toBe(410);
    expect((await slots(single!.token, day)).status).toBe(410);

    expect((await book(multi!.token, start)).status).toBe(201);
    const after = await slots(multi!.token, day);
    expect(after.status).toBe(200);
    expect(after.text).not.toContain(`"start":"${start}"`);
    expect((await page(multi!.token, `?date=${day}&timezone=UTC`)).html).not.toContain(`value="${start}"`);
  });

  it('shows a host\'s pushed changes in the next GET: a new duration, then the link revoked', async () => {
    const eventType = await seedEventType(store, host.hostId);
    const [link] = await seedLinks(store, host.hostId, eventType.id, 1);
    const day = dayOf(startInDays(3));
    const firstEnd = (text: string) => (JSON.parse(text) as Slots).days[0]!.slots[0]!.end;
    const before = await slots(link!.token, day);
    expect(firstEnd(before.text)).toBe(`${day}T00:30:00.000Z`);
    expect((await slots(link!.token, day)).text).toBe(before.text);

    await push('event_types', eventType.id, { durationMinutes: 60 });
    expect(firstEnd((await slots(link!.token, day)).text)).toBe(`${day}T01:00:00.000Z`);

    expect((await page(link!.token)).status).toBe(200);
    expect((await page(link!.token)).status).toBe(200);
    await push('links', link!.id, { revokedAt: new Date().toISOString() });
    expect((await page(link!.token)).status).toBe(410);
    expect((await slots(link!.token, day)).status).toBe(410);
  });
});

describe('public view cache across two server processes on one PostgreSQL', () => {
  it('a booking through one process drops the other process\'s cached page (LISTEN/NOTIFY)', async () => {
    const database = await postgres.freshDatabase();
    if (database.kind !== 'postgres') throw new Error('expected PostgreSQL');
    const cwd = await mkdtemp(join(tmpdir(), 'scheduler-view-cache-'));
    const local = await startTestServer({ database });
    // A lifetime far longer than the wait below: only the commit notice can drop the answer in time.
    const other = await spawnServerProcess({ DATABASE_URL: database.url, PUBLIC_VIEW_CACHE_MS: '10000', LOOKUP_FAILURE_LIMIT: '100000' }, cwd);
    try {
      const host = await local.createHost();
      const eventType = await seedEventType(local.store, host.hostId);
      const [link] = await seedLinks(local.store, host.hostId, eventType.id, 1);
      const otherPage = async () => (await fetch(`${other.baseUrl}/l/${link!.token}`)).status;
      expect(await otherPage()).toBe(200);
      expect(await otherPage()).toBe(200);
      const booked = await request(`${local.baseUrl}/api/public/links/${link!.token}/bookings`, { method: 'POST', json: { start: startInDays(3, 10), ...person } });
      expect(booked.status).toBe(201);
      await expect.poll(otherPage, { timeout: 3000, interval: 20 }).toBe(410);
    } finally {
      await other.stop();
      await local.close();
      await rm(cwd, { recursive: true, force: true });
    }
  });
});
