// Runs in tests (server side). Closing the app: in-flight requests finish, new ones are refused,
// idle and streaming connections do not hold the shutdown.
import { describe, expect, it } from 'vitest';
import { makeEventType, replicated } from '../../../core/testing/index.ts';
import { connectEventStream } from '../testing/event-stream-client.ts';
import { hostClient } from '../testing/http-client.ts';
import { startTestServer } from '../testing/start-test-server.ts';

describe('graceful close', () => {
  it('lets an in-flight push finish and commit, then stops', async () => {
    const server = await startTestServer();
    const host = await server.createHost();
    const api = hostClient(server.baseUrl, host.token);
    // Hold the host's write lock so the push is stuck in flight when close begins.
    let release!: () => void;
    const held = server.store.writeTransaction(host.hostId, () => new Promise<void>((resolve) => { release = resolve; }));
    const doc = replicated(makeEventType());
    const push = api.post('/sync/event_types/push', [{ newDocumentState: doc }]);
    await new Promise((r) => setTimeout(r, 100));
    const closing = server.app.close();
    await new Promise((r) => setTimeout(r, 100));
    release();
    await held;
    expect(await push).toMatchObject({ status: 200, body: [] });
    await closing;
    expect((await server.store.getDocs(host.hostId, 'event_types', [doc.id])).get(doc.id)?.doc).toEqual(doc);
    await expect(fetch(`${server.baseUrl}/api/health`)).rejects.toThrow();
    await server.close();
  });

  it('does not wait for idle keep-alive or aborted stream connections', async () => {
    const server = await startTestServer();
    const host = await server.createHost();
    await hostClient(server.baseUrl, host.token).get('/api/me');
    let ready = false;
    const stream = connectEventStream({ url: `${server.baseUrl}/sync/stream`, token: host.token, onEvent: () => { ready = true; } });
    await expect.poll(() => ready).toBe(true);
    stream.close();
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    await server.close();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
