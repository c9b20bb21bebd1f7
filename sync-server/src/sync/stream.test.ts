// Runs in tests (server side). The live stream over real HTTP on SQLite: events within 500 ms of
// a commit, only for the host's own connections, heartbeats, cleanup, graceful close.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEventType, replicated } from '../../../core/testing/index.ts';
import { connectEventStream, type EventStreamHandle, type StreamEvent } from '../testing/event-stream-client.ts';
import { hostClient } from '../testing/http-client.ts';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';

interface Recorder {
  events: (StreamEvent & { at: number })[];
  comments: string[];
  disconnects: string[];
  handle: EventStreamHandle;
}

function record(server: TestServer, host: TestHost): Recorder {
  const recorder: Omit<Recorder, 'handle'> = { events: [], comments: [], disconnects: [] };
  const handle = connectEventStream({
    url: `${server.baseUrl}/sync/stream`,
    token: host.token,
    onEvent: (event) => recorder.events.push({ ...event, at: performance.now() }),
    onComment: (text) => recorder.comments.push(text),
    onDisconnect: (reason) => recorder.disconnects.push(reason),
    retryMs: 60_000,
  });
  return { ...recorder, handle };
}

describe('/sync/stream', () => {
  let server: TestServer;
  let ada: TestHost;
  let bob: TestHost;

  beforeAll(async () => {
    server = await startTestServer({ heartbeatMs: 100 });
    ada = await server.createHost();
    bob = await server.createHost();
  });
  afterAll(() => server.close());

  it('tells the host’s clients within 500 ms which collection changed, and no one else', async () => {
    const adaStream = record(server, ada);
    const bobStream = record(server, bob);
    await expect.poll(() => adaStream.events.some((e) => e.event === 'ready') && bobStream.events.some((e) => e.event === 'ready')).toBe(true);
    const before = performance.now();
    await hostClient(server.baseUrl, ada.token).post('/sync/event_types/push', [{ newDocumentState: replicated(makeEventType()) }]);
    await expect.poll(() => adaStream.events.find((e) => e.event === 'change'), { timeout: 2000, interval: 5 }).toBeDefined();
    const change = adaStream.events.find((e) => e.event === 'change');
    expect(JSON.parse(change?.data ?? '{}')).toEqual({ collections: ['event_types'] });
    expect((change?.at ?? Infinity) - before).toBeLessThan(500);
    await new Promise((r) => setTimeout(r, 150));
    expect(bobStream.events.filter((e) => e.event === 'change')).toEqual([]);
    adaStream.handle.close();
    bobStream.handle.close();
  });

  it('sends heartbeats at the configured interval and forgets closed connections', async () => {
    const stream = record(server, ada);
    await expect.poll(() => stream.comments.filter((c) => c === 'heartbeat').length, { timeout: 2000 }).toBeGreaterThanOrEqual(2);
    expect(server.app.streamHub.count(ada.hostId)).toBe(1);
    stream.handle.close();
    await expect.poll(() => server.app.streamHub.count(ada.hostId)).toBe(0);
  });

  it('ends open streams when the server closes, so shutdown does not hang', async () => {
    const own = await startTestServer();
    const host = await own.createHost();
    const stream = record(own, host);
    await expect.poll(() => stream.events.length).toBeGreaterThan(0);
    const started = performance.now();
    await own.close();
    expect(performance.now() - started).toBeLessThan(2000);
    await expect.poll(() => stream.disconnects.length).toBe(1);
    stream.handle.close();
  });
});
