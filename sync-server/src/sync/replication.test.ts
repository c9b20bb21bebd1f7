// Runs in tests (server side). Real RxDB clients (memory storage, replicateRxCollection, live
// stream) against the real server over HTTP on SQLite: initial sync of 5,000 documents,
// incremental sync both ways, a conflict resolved by field ownership, a server restart in the
// middle, and two clients of one host converging.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CollectionName, LinkDoc } from '../../../core/schemas/index.ts';
import { makeEventType, makeLink, replicated } from '../../../core/testing/index.ts';
import { deepEqual } from '../../../core/merge/index.ts';
import type { DatabaseConfig } from '../config/parse-database-url.ts';
import type { Checkpoint, PullResult } from '../store/store.ts';
import { createRxdbTestClient, type RxdbTestClient } from '../testing/rxdb-test-client.ts';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';

const SYNC_TIMEOUT = { timeout: 15_000, interval: 50 };

/** Every live document of a collection on the server, without `_deleted`, sorted by id. */
async function serverDocs(server: TestServer, hostId: string, collection: CollectionName): Promise<Record<string, unknown>[]> {
  const docs: Record<string, unknown>[] = [];
  let checkpoint: Checkpoint | null = null;
  for (;;) {
    const page: PullResult = await server.store.pull(hostId, collection, checkpoint, 1000);
    if (page.documents.length === 0) break;
    docs.push(...page.documents);
    checkpoint = page.checkpoint;
  }
  return docs
    .filter((d) => d['_deleted'] !== true)
    .map(({ _deleted: _d, ...rest }) => rest)
    .sort((a, b) => String(a['id']).localeCompare(String(b['id'])));
}

const byId = <T extends { id: string }>(docs: T[]) => [...docs].sort((a, b) => a.id.localeCompare(b.id));
const withoutDeleted = <T extends { _deleted: boolean }>({ _deleted: _d, ...doc }: T) => doc;

describe('replication with a real RxDB client', () => {
  let dir: string;
  let database: DatabaseConfig;
  let server: TestServer;
  const clients: RxdbTestClient[] = [];

  const client = async (host: TestHost, batchSize?: number) => {
    const c = await createRxdbTestClient({ baseUrl: server.baseUrl, token: host.token, batchSize });
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scheduler-replication-'));
    database = { kind: 'sqlite', path: join(dir, 'scheduler.sqlite') };
    server = await startTestServer({ database });
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('syncs 5,000 documents to a new client', async () => {
    const host = await server.createHost();
    const links = Array.from({ length: 5000 }, (_, i) => replicated(makeLink({ note: `link ${i}` })));
    await server.store.writeTransaction(host.hostId, async (tx) => {
      for (const link of links) await tx.putDoc('links', link);
    });
    const started = performance.now();
    const c = await client(host, 1000);
    await c.awaitInitialReplication();
    const elapsed = performance.now() - started;
    const local = await c.docs('links');
    console.log(`[sync-server] initial sync of 5,000 documents (batch 1000): ${elapsed.toFixed(0)} ms`);
    expect(local).toHaveLength(5000);
    expect(local).toEqual(byId(links.map(withoutDeleted)));
    expect(c.errors).toEqual([]);
  });

  it('syncs incrementally both ways while connected', async () => {
    const host = await server.createHost();
    const c = await client(host);
    await c.awaitInitialReplication();

    const et = makeEventType();
    await c.collections.event_types.insert(et);
    await expect.poll(() => serverDocs(server, host.hostId, 'event_types'), SYNC_TIMEOUT).toEqual([et]);

    // A change made on the server (as a redemption would) arrives through the stream.
    const link = makeLink({ eventTypeId: et.id });
    await c.collections.links.insert(link);
    await expect.poll(async () => (await serverDocs(server, host.hostId, 'links')).length, SYNC_TIMEOUT).toBe(1);
    await server.store.writeTransaction(host.hostId, (tx) => tx.putDoc('links', { ...link, useCount: 1, bookingIds: ['b-1'], lastBookedAt: '2026-03-03T09:00:00.000Z', _deleted: false }));
    await expect.poll(async () => (await c.docs('links'))[0]?.useCount, SYNC_TIMEOUT).toBe(1);

    await (await c.collections.event_types.findOne(et.id).exec())?.incrementalPatch({ name: 'Renamed' });
    await expect.poll(async () => (await serverDocs(server, host.hostId, 'event_types'))[0]?.['name'], SYNC_TIMEOUT).toBe('Renamed');
    expect(c.errors).toEqual([]);
  });

  it('resolves a push conflict by field ownership', async () => {
    const host = await server.createHost();
    const a = await client(host);
    const b = await client(host);
    const link = makeLink({ maxUses: 3 });
    await a.collections.links.insert(link);
    await expect.poll(async () => (await b.docs('links')).length, SYNC_TIMEOUT).toBe(1);

    await a.goOffline();
    // Meanwhile: another device edits the contact, and an invitee books (server-owned fields).
    await (await b.collections.links.findOne(link.id).exec())?.incrementalPatch({ contact: { name: 'Bo', email: 'bo@example.com' } });
    await expect.poll(async () => (await serverDocs(server, host.hostId, 'links'))[0]?.['contact'], SYNC_TIMEOUT).toEqual({ name: 'Bo', email: 'bo@example.com' });
    await server.store.writeTransaction(host.hostId, async (tx) => {
      const stored = (await tx.getDocs('links', [link.id])).get(link.id)?.doc as LinkDoc & { _deleted: boolean };
      await tx.putDoc('links', { ...stored, useCount: 1, bookingIds: ['b-1'], lastBookedAt: '2026-03-03T09:00:00.000Z' });
    });
    // Offline edit on A, then back online: A's push conflicts, its handler keeps A's fields.
    await (await a.collections.links.findOne(link.id).exec())?.incrementalPatch({ note: 'from A, offline' });
    await a.goOnline();

    const expected = { ...link, note: 'from A, offline', useCount: 1, bookingIds: ['b-1'], lastBookedAt: '2026-03-03T09:00:00.000Z' };
    await expect.poll(async () => (await serverDocs(server, host.hostId, 'links'))[0], SYNC_TIMEOUT).toEqual(expected);
    await expect.poll(() => a.docs('links'), SYNC_TIMEOUT).toEqual([expected]);
    await expect.poll(() => b.docs('links'), SYNC_TIMEOUT).toEqual([expected]);
  });

  it('takes back a change the rules forbid (deleting a booked link) without a push loop', async () => {
    const host = await server.createHost();
    const c = await client(host);
    const link = makeLink();
    await c.collections.links.insert(link);
    await expect.poll(async () => (await serverDocs(server, host.hostId, 'links')).length, SYNC_TIMEOUT).toBe(1);
    const booked = { ...link, useCount: 1, bookingIds: ['b-1'], lastBookedAt: '2026-03-03T09:00:00.000Z' };
    await server.store.writeTransaction(host.hostId, (tx) => tx.putDoc('links', replicated(booked)));
    await expect.poll(async () => (await c.docs('links'))[0]?.useCount, SYNC_TIMEOUT).toBe(1);

    const pushesBefore = c.pushRequests();
    await (await c.collections.links.findOne(link.id).exec())?.remove();
    await expect.poll(() => c.docs('links'), SYNC_TIMEOUT).toEqual([booked]);
    await new Promise((r) => setTimeout(r, 500));
    expect(c.pushRequests() - pushesBefore).toBeLessThanOrEqual(3);
    expect(await serverDocs(server, host.hostId, 'links')).toEqual([booked]);
  });

  it('retries after the server goes away and comes back on the same port and database', async () => {
    const own = await startTestServer({ database: { kind: 'sqlite', path: join(dir, 'restart.sqlite') } });
    const host = await own.createHost();
    const c = await createRxdbTestClient({ baseUrl: own.baseUrl, token: host.token, retryTime: 200 });
    clients.push(c);
    await c.awaitInitialReplication();
    const port = own.port;
    await own.close();

    const offlineEdits = Array.from({ length: 3 }, (_, i) => makeEventType({ slug: `offline-${i}` }));
    await c.collections.event_types.bulkInsert(offlineEdits);
    await new Promise((r) => setTimeout(r, 600));

    const restarted = await startTestServer({ database: { kind: 'sqlite', path: join(dir, 'restart.sqlite') }, port });
    try {
      const serverSide = replicated(makeEventType({ slug: 'made-on-server' }));
      await restarted.store.writeTransaction(host.hostId, (tx) => tx.putDoc('event_types', serverSide));
      const all = byId([...offlineEdits, withoutDeleted(serverSide)]);
      await expect.poll(() => serverDocs(restarted, host.hostId, 'event_types'), SYNC_TIMEOUT).toEqual(all);
      await expect.poll(() => c.docs('event_types'), SYNC_TIMEOUT).toEqual(all);
      expect(c.streamConnects()).toBeGreaterThanOrEqual(2);
      expect(c.errors.length).toBeGreaterThan(0);
    } finally {
      await c.close();
      clients.splice(clients.indexOf(c), 1);
      await restarted.close();
    }
  });

  it('makes two clients of one host converge', async () => {
    const host = await server.createHost();
    const a = await client(host);
    const b = await client(host);
    await Promise.all([a.awaitInitialReplication(), b.awaitInitialReplication()]);
    const shared = makeEventType({ slug: 'shared' });
    await a.collections.event_types.insert(shared);
    await expect.poll(async () => (await b.docs('event_types')).length, SYNC_TIMEOUT).toBe(1);

    await Promise.all([
      a.collections.event_types.bulkInsert(Array.from({ length: 30 }, (_, i) => makeEventType({ slug: `a-${i}` }))),
      b.collections.links.bulkInsert(Array.from({ length: 30 }, () => makeLink({ eventTypeId: shared.id }))),
      (async () => (await a.collections.event_types.findOne(shared.id).exec())?.incrementalPatch({ name: 'From A' }))(),
      (async () => (await b.collections.event_types.findOne(shared.id).exec())?.incrementalPatch({ durationMinutes: 45 }))(),
    ]);
    const converged = async () => {
      for (const collection of ['event_types', 'links'] as const) {
        const [onServer, onA, onB] = await Promise.all([serverDocs(server, host.hostId, collection), a.docs(collection), b.docs(collection)]);
        if (!deepEqual(onServer, onA) || !deepEqual(onA, onB)) return false;
      }
      return true;
    };
    await expect.poll(converged, SYNC_TIMEOUT).toBe(true);
    expect((await a.docs('event_types')).length).toBe(31);
    expect((await b.docs('links')).length).toBe(30);
  });
});
