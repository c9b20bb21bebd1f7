// Runs in tests (server side). Several server processes on one PostgreSQL (embedded, real):
// checkpoints never skip a write while many writers commit and a client pulls in small pages,
// and a commit through one process reaches the stream clients of another (LISTEN/NOTIFY).
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEventType, makeLink, replicated } from '../../../core/testing/index.ts';
import { COLLECTION_NAMES } from '../../../core/schemas/index.ts';
import { connectEventStream } from '../testing/event-stream-client.ts';
import { createRxdbTestClient } from '../testing/rxdb-test-client.ts';
import { hostClient, request } from '../testing/http-client.ts';
import { spawnServerProcess, type ServerProcess } from '../testing/spawn-server-process.ts';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../testing/start-embedded-postgres.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

describe('PostgreSQL scale-out', () => {
  let cluster: EmbeddedPostgresHandle;
  let url: string;
  let inProcess: TestServer;
  let second: TestServer;
  let child: ServerProcess;

  beforeAll(async () => {
    cluster = await startEmbeddedPostgres();
    url = await cluster.createDatabase();
    // Three server instances on one database: two in this process (each with its own pool and
    // listener) and one separate process started through the real command line.
    [inProcess, second, child] = await Promise.all([
      startTestServer({ database: { kind: 'postgres', url } }),
      startTestServer({ database: { kind: 'postgres', url } }),
      spawnServerProcess({ DATABASE_URL: url }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([inProcess?.close(), second?.close(), child?.stop()]);
    await cluster?.stop();
  });

  it('never skips a write: concurrent writers on three instances, a reader pulling pages of 5', async () => {
    const host = await inProcess.createHost();
    const bases = [inProcess.baseUrl, second.baseUrl, child.baseUrl];
    const written = new Set<string>();
    let writing = true;

    const httpWriter = async (base: string, rounds: number) => {
      const api = hostClient(base, host.token);
      for (let i = 0; i < rounds; i += 1) {
        const docs = [replicated(makeLink()), replicated(makeLink())];
        const response = await api.post('/sync/links/push', docs.map((d) => ({ newDocumentState: d })));
        expect(response.status).toBe(200);
        for (const d of docs) written.add(d.id);
      }
    };
    // Slow transactions that hold their sequence numbers a while before committing: exactly the
    // case where "max seq seen" checkpoints would skip a smaller, later-committed seq.
    const slowWriter = async (rounds: number) => {
      for (let i = 0; i < rounds; i += 1) {
        const doc = replicated(makeLink());
        await second.store.writeTransaction(host.hostId, async (tx) => {
          await tx.putDoc('links', doc);
          await sleep(Math.random() * 15);
        });
        written.add(doc.id);
      }
    };

    const pulled: string[] = [];
    const seqs: number[] = [];
    const reader = async () => {
      let checkpoint = { seq: 0, id: '' };
      let turn = 0;
      for (;;) {
        const stillWriting = writing;
        const base = bases[turn % bases.length] as string;
        turn += 1;
        const page = await request<{ documents: { id: string }[]; checkpoint: { seq: number; id: string } }>(
          `${base}/sync/links/pull?seq=${checkpoint.seq}&id=${checkpoint.id}&limit=5`, { token: host.token });
        expect(page.status).toBe(200);
        pulled.push(...page.body.documents.map((d) => d.id));
        seqs.push(page.body.checkpoint.seq);
        checkpoint = page.body.checkpoint;
        if (!stillWriting && page.body.documents.length === 0) return;
      }
    };

    const readerDone = reader();
    await Promise.all([
      ...bases.flatMap((base) => [httpWriter(base, 25), httpWriter(base, 25)]),
      slowWriter(30),
      slowWriter(30),
    ]);
    writing = false;
    await readerDone;

    expect(written.size).toBe(3 * 2 * 25 * 2 + 60);
    expect(new Set(pulled).size).toBe(pulled.length);
    expect(new Set(pulled)).toEqual(written);
    for (let i = 1; i < seqs.length; i += 1) expect(seqs[i]).toBeGreaterThanOrEqual(seqs[i - 1] as number);
  });

  it('delivers a commit through one process to stream clients of the others within 500 ms', async () => {
    const host = await inProcess.createHost();
    const arrivals: { at: number; where: string }[] = [];
    let ready = 0;
    const streams = [child, second].map((target) => connectEventStream({
      url: `${target.baseUrl}/sync/stream`,
      token: host.token,
      onEvent: (event) => {
        if (event.event === 'ready') ready += 1;
        if (event.event === 'change') arrivals.push({ at: performance.now(), where: target.baseUrl });
      },
    }));
    try {
      await expect.poll(() => ready, { timeout: 5000 }).toBe(2);
      const api = hostClient(inProcess.baseUrl, host.token);
      const latencies: number[] = [];
      for (let i = 0; i < 60; i += 1) {
        arrivals.length = 0;
        const started = performance.now();
        const response = await api.post('/sync/event_types/push', [{ newDocumentState: replicated(makeEventType({ slug: `e-${i}` })) }]);
        expect(response.status).toBe(200);
        await expect.poll(() => new Set(arrivals.map((a) => a.where)).size, { timeout: 2000, interval: 2 }).toBe(2);
        const fromChild = arrivals.find((a) => a.where === child.baseUrl);
        latencies.push((fromChild?.at ?? Infinity) - started);
      }
      const sorted = [...latencies].sort((a, b) => a - b);
      console.log(`[sync-server] stream latency across processes (push start → change event, n=${sorted.length}): p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${(sorted[sorted.length - 1] ?? NaN).toFixed(1)} ms`);
      expect(percentile(sorted, 99)).toBeLessThan(500);
    } finally {
      for (const s of streams) s.close();
    }
  });

  it('tells stream clients to resync everything when its LISTEN connection was lost, and keeps delivering', async () => {
    const host = await inProcess.createHost();
    const changes: string[][] = [];
    let ready = false;
    const stream = connectEventStream({
      url: `${second.baseUrl}/sync/stream`,
      token: host.token,
      onEvent: (event) => {
        if (event.event === 'ready') ready = true;
        if (event.event === 'change') changes.push((JSON.parse(event.data) as { collections: string[] }).collections);
      },
    });
    try {
      await expect.poll(() => ready).toBe(true);
      // Kill every LISTEN connection of this database (all three instances lose theirs).
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()");
      await client.end();
      await expect.poll(() => changes.some((c) => c.length === COLLECTION_NAMES.length), { timeout: 5000 }).toBe(true);
      changes.length = 0;
      await hostClient(inProcess.baseUrl, host.token).post('/sync/links/push', [{ newDocumentState: replicated(makeLink()) }]);
      await expect.poll(() => changes, { timeout: 2000 }).toContainEqual(['links']);
    } finally {
      stream.close();
    }
  });

  it('keeps a real RxDB client on one process in sync with writes through another', async () => {
    const host = await inProcess.createHost();
    const seeded = Array.from({ length: 300 }, () => replicated(makeLink()));
    await hostClient(second.baseUrl, host.token).post('/sync/links/push', seeded.map((d) => ({ newDocumentState: d })));
    const client = await createRxdbTestClient({ baseUrl: child.baseUrl, token: host.token, batchSize: 50 });
    try {
      await client.awaitInitialReplication();
      expect((await client.docs('links')).length).toBe(300);
      const later = replicated(makeEventType());
      await hostClient(inProcess.baseUrl, host.token).post('/sync/event_types/push', [{ newDocumentState: later }]);
      await expect.poll(async () => (await client.docs('event_types')).map((d) => d.id), { timeout: 5000 }).toEqual([later.id]);
      const local = makeEventType({ slug: 'from-the-client' });
      await client.collections.event_types.insert(local);
      await expect.poll(async () => (await second.store.findEventTypeBySlug(host.hostId, 'from-the-client'))?.doc.id, { timeout: 5000 }).toBe(local.id);
      expect(client.errors).toEqual([]);
    } finally {
      await client.close();
    }
  });
});
