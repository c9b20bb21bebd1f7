// test (fault): PostgreSQL stops while requests keep arriving at a server process. Every answer
// that needs the database is a clear 503 (never a 500), the process stays up and its health
// check answers, and once PostgreSQL is back the same process serves normally again. The invitee's
// HTML pages (booking, management, their form posts) answer a friendly 503 page with Retry-After.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEventType, makeLink, replicated } from '../../core/testing/fixtures.ts';
import { request } from '../../sync-server/src/testing/http-client.ts';
import { runCliProcess, spawnServerProcess, type ServerProcess } from '../../sync-server/src/testing/spawn-server-process.ts';
import { startRestartablePostgres, type RestartablePostgres } from './testing/restartable-postgres.ts';

interface Probe {
  name: string;
  /** An HTML page (or its form post): the 503 is a page, not the API's JSON. */
  page?: boolean;
  send(): Promise<{ status: number; body: unknown; headers: Headers }>;
}

const form = (fields: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

describe('PostgreSQL goes away under a running server', () => {
  let pg: RestartablePostgres;
  let server: ServerProcess;
  let token = '';

  beforeAll(async () => {
    pg = await startRestartablePostgres();
    const created = await runCliProcess(['create-host', '--name', 'Ada', '--slug', 'ada', '--timezone', 'Europe/London'], { DATABASE_URL: pg.url });
    expect(created.code).toBe(0);
    token = (JSON.parse(created.stdout.trim().split('\n').pop()!) as { token: string }).token;
    // No public view cache: for up to its 2 s an answer built before the outage could be served
    // from memory (200), and this test is about what a request that needs the database gets.
    server = await spawnServerProcess({ DATABASE_URL: pg.url, BOOKING_RATE_LIMIT: '1000000', LOOKUP_FAILURE_LIMIT: '1000000', PUBLIC_VIEW_CACHE_MS: '0' });
  });

  afterAll(async () => {
    await server?.stop();
    await pg?.destroy();
  });

  it('answers 503 while it is down, never crashes, and recovers when it is back', async () => {
    const eventType = makeEventType();
    const before = makeLink({ eventTypeId: eventType.id, note: 'before the outage' });
    const auth = { token };
    const push = (docs: unknown[], collection = 'links') => request(`${server.baseUrl}/sync/${collection}/push`, { method: 'POST', ...auth, json: docs.map((doc) => ({ newDocumentState: doc })) });
    expect((await push([replicated(eventType)], 'event_types')).status).toBe(200);
    expect((await push([replicated(before)])).status).toBe(200);

    let pgDown = false;
    const manageToken = 'm'.repeat(12) + 'AbCdEfGhIjKlMnOpQrStUv';
    const probes: Probe[] = [
      { name: 'GET /api/me', send: () => request(`${server.baseUrl}/api/me`, auth) },
      { name: 'GET /sync/links/pull', send: () => request(`${server.baseUrl}/sync/links/pull?limit=50`, auth) },
      { name: 'GET /api/public/links/{token}', send: () => request(`${server.baseUrl}/api/public/links/${before.token}`) },
      { name: 'GET /api/public/links/{token}/slots', send: () => request(`${server.baseUrl}/api/public/links/${before.token}/slots?from=2026-12-01&to=2026-12-07&timezone=UTC`) },
      {
        name: 'POST /api/public/links/{token}/bookings',
        send: () => request(`${server.baseUrl}/api/public/links/${before.token}/bookings`, { method: 'POST', json: { start: '2026-12-01T09:00:00.000Z', name: 'Ada', email: 'ada@example.com', timezone: 'UTC' } }),
      },
      { name: 'POST /sync/links/push', send: () => push([replicated(makeLink({ eventTypeId: eventType.id, note: pgDown ? 'while it is down' : 'while it stops' }))]) },
      { name: 'GET /l/{token}', page: true, send: () => request(`${server.baseUrl}/l/${before.token}`) },
      { name: 'GET /e/{host}/{event}', page: true, send: () => request(`${server.baseUrl}/e/ada/${eventType.slug}`) },
      {
        name: 'POST /l/{token}/book',
        page: true,
        send: () => request(`${server.baseUrl}/l/${before.token}/book`, form({ start: '2026-12-01T09:00:00.000Z', name: 'Ada', email: 'ada@example.com', timezone: 'UTC' })),
      },
      // Management tokens are looked up in the database before anything else: an unknown one is
      // enough to reach it (404 when it is up, 503 while it is down).
      { name: 'GET /m/{manageToken}', page: true, send: () => request(`${server.baseUrl}/m/${manageToken}`) },
      { name: 'POST /m/{manageToken}/cancel', page: true, send: () => request(`${server.baseUrl}/m/${manageToken}/cancel`, form({})) },
    ];

    // Traffic is in flight while PostgreSQL shuts down: each answer is what it would be anyway
    // (a success, or the booking's 409/410/400 for a time that is not open) or a 503.
    let stopping = true;
    const inFlight = (async () => {
      const statuses: number[] = [];
      while (stopping) {
        const answers = await Promise.all(probes.map((probe) => probe.send())).catch((error: unknown) => {
          throw new Error(`a request failed without an answer; server output: ${server.output()}`, { cause: error });
        });
        statuses.push(...answers.map((answer) => answer.status));
      }
      return statuses;
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    await pg.stop();
    pgDown = true;
    stopping = false;
    const duringShutdown = await inFlight;
    expect(duringShutdown.filter((status) => status >= 500 && status !== 503)).toEqual([]);

    const seen: string[] = [];
    // Requests keep arriving for a while (pool connections die, reconnects fail, ...).
    for (let round = 0; round < 8; round += 1) {
      const answers = await Promise.all(probes.map(async (probe) => ({ probe: probe.name, ...(await probe.send()) })));
      for (const answer of answers) {
        seen.push(`${answer.probe} ${answer.status}`);
        expect(answer.status, `${answer.probe} while PostgreSQL is down: ${JSON.stringify(answer.body)}`).toBe(503);
        expect(answer.headers.get('retry-after'), answer.probe).toMatch(/^\d+$/);
        if (probes.find((probe) => probe.name === answer.probe)?.page) {
          expect(answer.headers.get('content-type'), answer.probe).toContain('text/html');
          expect(String(answer.body), answer.probe).toContain('try again');
        } else {
          expect(answer.body).toMatchObject({ error: 'database_unavailable' });
        }
      }
      // The process is up and says so; its store is not.
      const health = await request(`${server.baseUrl}/api/health`);
      expect(health.status).toBe(503);
      expect(health.body).toEqual({ ok: false, store: 'unavailable' });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(server.child.exitCode, server.output()).toBeNull();
    expect(seen.length).toBe(8 * probes.length);

    await pg.start();
    pgDown = false;
    const deadline = Date.now() + 30_000;
    for (;;) {
      const me = await request(`${server.baseUrl}/api/me`, auth);
      if (me.status === 200) break;
      expect([503]).toContain(me.status);
      if (Date.now() > deadline) throw new Error('the server did not recover after PostgreSQL came back');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const after = makeLink({ eventTypeId: eventType.id, note: 'after the outage' });
    expect((await push([replicated(after)])).status).toBe(200);
    const pulled = await request<{ documents: { id: string; note: string }[] }>(`${server.baseUrl}/sync/links/pull?limit=100`, auth);
    expect(pulled.status).toBe(200);
    const notes = pulled.body.documents.map((doc) => doc.note);
    expect(notes).toContain('before the outage');
    expect(notes).toContain('after the outage');
    // Nothing was half-stored from the refused pushes.
    expect(notes).not.toContain('while it is down');
    expect(server.child.exitCode, server.output()).toBeNull();
  });
});
