// test (fault): a seeded fuzz pass (fast-check) over every public and sync endpoint of a real
// server process, on SQLite and PostgreSQL: no answer is a 5xx, the process never dies, the
// health check still answers, and nothing was stored from a rejected request (every stored
// booking was answered 201, every pushed document came in a push answered 200). Failures shrink
// to the smallest request that breaks the rule.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEventType, seedLinks, startInDays } from '../../sync-server/src/booking/testing/seed-booking-data.ts';
import { createHost } from '../../sync-server/src/hosts/create-host.ts';
import { openStore } from '../../sync-server/src/store/open-store.ts';
import type { DatabaseConfig } from '../../sync-server/src/config/parse-database-url.ts';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../sync-server/src/testing/start-embedded-postgres.ts';
import { spawnServerProcess, type ServerProcess } from '../../sync-server/src/testing/spawn-server-process.ts';
import { request } from '../../sync-server/src/testing/http-client.ts';
import { findInvariantBreaks } from './testing/check-booking-invariants.ts';
import { fuzzRequest, type FuzzFixture, type FuzzRequest } from './testing/fuzz-requests.ts';

const RUNS = { sqlite: 2000, postgres: 1000 } as const;

async function send(baseUrl: string, req: FuzzRequest): Promise<{ status: number; text: string }> {
  const headers: Record<string, string> = {};
  if (req.contentType) headers['content-type'] = req.contentType;
  if (req.token) headers['authorization'] = `Bearer ${req.token}`;
  const response = await fetch(`${baseUrl}${req.path}`, { method: req.method, headers, body: req.method === 'POST' ? req.body ?? '' : undefined, redirect: 'manual' });
  return { status: response.status, text: await response.text() };
}

describe.each(['sqlite', 'postgres'] as const)('fuzzing every endpoint (%s)', (kind) => {
  let pg: EmbeddedPostgresHandle | null = null;
  let dir = '';
  beforeAll(async () => {
    if (kind === 'postgres') pg = await startEmbeddedPostgres();
    else dir = await mkdtemp(join(tmpdir(), 'scheduler-fuzz-'));
  });
  afterAll(async () => {
    await pg?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers no 5xx, stays up and stores nothing from rejected requests', async () => {
    const url = pg ? await pg.createDatabase() : `sqlite:${join(dir, 'scheduler.sqlite')}`;
    const database: DatabaseConfig = pg ? { kind: 'postgres', url } : { kind: 'sqlite', path: join(dir, 'scheduler.sqlite') };
    const store = await openStore(database);
    const { host, token } = await createHost(store, { name: 'Fuzz Host', slug: 'fuzz', timezone: 'UTC' });
    const eventType = await seedEventType(store, host.id, { slug: 'fuzz-call' });
    const links = await seedLinks(store, host.id, eventType.id, 4, { maxUses: 2 });
    await store.close();

    const server: ServerProcess = await spawnServerProcess({ DATABASE_URL: url, BOOKING_RATE_LIMIT: '1000000', LOOKUP_FAILURE_LIMIT: '1000000', LOG_LEVEL: 'error' });
    try {
      // One real booking, so a real manage token is among the fuzzed ones.
      const starts = Array.from({ length: 24 }, (_, i) => startInDays(2 + Math.floor(i / 8), 9 + (i % 8)));
      const first = await request<{ booking: { id: string; manageUrl: string } }>(`${server.baseUrl}/api/public/links/${links[0]!.token}/bookings`, {
        method: 'POST',
        json: { start: starts[0], name: 'Seed', email: 'seed@example.com', timezone: 'UTC' },
      });
      expect(first.status).toBe(201);
      const fixture: FuzzFixture = {
        linkTokens: links.map((l) => l.token),
        manageTokens: [first.body.booking.manageUrl.split('/m/')[1]!],
        hostToken: token,
        hostSlug: 'fuzz',
        eventSlug: 'fuzz-call',
        eventTypeId: eventType.id,
        starts,
      };

      let bookingsAnswered201 = 1;
      const acceptedPushIds = new Set<string>([eventType.id, ...links.map((l) => l.id)]);
      const statuses: Record<number, number> = {};
      await fc.assert(
        fc.asyncProperty(fuzzRequest(fixture), async (req) => {
          const answer = await send(server.baseUrl, req);
          statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
          if (answer.status >= 500) throw new Error(`${req.method} ${req.path} → ${answer.status} ${answer.text.slice(0, 300)}`);
          if (req.effect?.kind === 'booking' && answer.status === 201) bookingsAnswered201 += 1;
          if (req.effect?.kind === 'push' && answer.status === 200) for (const id of req.effect.ids) acceptedPushIds.add(id);
          if (server.child.exitCode !== null) throw new Error(`the server died: ${server.output()}`);
        }),
        { seed: 20261127, numRuns: RUNS[kind], endOnFailure: true },
      );

      expect((await request(`${server.baseUrl}/api/health`)).status).toBe(200);
      expect(server.child.exitCode, server.output()).toBeNull();
      // The pass reached deep: bookings went through, pushes were stored, and much was refused.
      expect(bookingsAnswered201, JSON.stringify(statuses)).toBeGreaterThan(1);
      expect(statuses[400] ?? 0).toBeGreaterThan(0);
      expect(acceptedPushIds.size, JSON.stringify(statuses)).toBeGreaterThan(1 + links.length);

      const check = await openStore(database);
      try {
        const pulled = async (collection: 'event_types' | 'links' | 'bookings') => (await check.pull(host.id, collection, null, 100_000)).documents;
        expect((await pulled('bookings')).length).toBe(bookingsAnswered201);
        const notAccepted = [...(await pulled('event_types')), ...(await pulled('links'))].filter((doc) => !acceptedPushIds.has(doc.id));
        expect(notAccepted.map((doc) => doc.id)).toEqual([]);
      } finally {
        await check.close();
      }
      expect(await findInvariantBreaks(server.baseUrl, token, [])).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
