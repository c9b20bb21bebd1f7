// Runs in tests (server side). Rotating a host's token ends the live streams opened with the old
// one, although the rotation runs in another process (the CLI) that the server hears nothing
// from: the stream hears of no commit after the rotation, ends within one heartbeat interval, and
// the old token opens no new one. Real server over HTTP, on SQLite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEventType, replicated } from '../../../core/testing/index.ts';
import { connectEventStream, type StreamEvent } from '../testing/event-stream-client.ts';
import { hostClient } from '../testing/http-client.ts';
import { runCliProcess } from '../testing/spawn-server-process.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';
import { postgresTarget, sqliteTarget } from '../testing/store-targets.ts';

const HEARTBEAT_MS = 500;

describe.each([sqliteTarget(), postgresTarget()])('rotate-token ends open streams ($name)', (target) => {
  let server: TestServer;
  let databaseUrl = '';
  beforeAll(async () => {
    await target.setup();
    const database = await target.freshDatabase();
    databaseUrl = database.kind === 'sqlite' ? `sqlite:${database.path}` : database.url;
    server = await startTestServer({ database, heartbeatMs: HEARTBEAT_MS });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await target.teardown();
  });

  it('ends the old token’s stream within a heartbeat, delivers nothing after the rotation, refuses the old token', async () => {
    const host = await server.createHost();
    const events: StreamEvent[] = [];
    const disconnects: { reason: string; at: number }[] = [];
    const stream = connectEventStream({
      url: `${server.baseUrl}/sync/stream`,
      token: host.token,
      onEvent: (event) => events.push(event),
      onDisconnect: (reason) => disconnects.push({ reason, at: performance.now() }),
      retryMs: 60_000,
    });
    await expect.poll(() => events.some((e) => e.event === 'ready')).toBe(true);

    const rotated = await runCliProcess(['rotate-token', '--slug', host.slug], { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' });
    expect(rotated.code, rotated.stderr).toBe(0);
    const rotatedAt = performance.now();
    const newToken = (JSON.parse(rotated.stdout.trim().split('\n').at(-1) ?? '{}') as { token: string }).token;

    // A commit right after the rotation must not reach the old token's stream.
    expect((await hostClient(server.baseUrl, newToken).post('/sync/event_types/push', [{ newDocumentState: replicated(makeEventType()) }])).status).toBe(200);
    await expect.poll(() => disconnects.length, { timeout: HEARTBEAT_MS * 4 }).toBe(1);
    expect((disconnects[0]?.at ?? Infinity) - rotatedAt).toBeLessThan(HEARTBEAT_MS * 3);
    expect(events.filter((e) => e.event === 'change')).toEqual([]);
    expect(server.app.streamHub.count(host.hostId)).toBe(0);
    stream.close();

    const again = await fetch(`${server.baseUrl}/sync/stream`, { headers: { authorization: `Bearer ${host.token}` } });
    expect(again.status).toBe(401);
    await again.body?.cancel();

    // The new token's stream works and hears commits.
    const fresh: StreamEvent[] = [];
    const newStream = connectEventStream({ url: `${server.baseUrl}/sync/stream`, token: newToken, onEvent: (event) => fresh.push(event), retryMs: 60_000 });
    await expect.poll(() => fresh.some((e) => e.event === 'ready')).toBe(true);
    expect(await hostClient(server.baseUrl, newToken).post('/sync/event_types/push', [{ newDocumentState: replicated(makeEventType({ slug: 'second' })) }])).toMatchObject({ status: 200, body: [] });
    await expect.poll(() => fresh.some((e) => e.event === 'change')).toBe(true);
    newStream.close();
  }, 60_000);
});
