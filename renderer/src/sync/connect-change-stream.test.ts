// test: the live stream client: events, reconnects after a drop or silence, and failures shown
// in the state. The server side is a scripted fetch here; replication-*.test.ts use the real one.
import { afterEach, describe, expect, it } from 'vitest';
import { connectChangeStream } from './connect-change-stream.ts';
import { createSyncStatusTracker } from './sync-status-tracker.ts';
import { waitUntil } from './testing/sync-test-kit.ts';
import { createWakeSignal } from './wake-signal.ts';

type Script = (call: number, signal: AbortSignal) => Response | Promise<Response>;

/** A response whose body sends `chunks`, then stays open (or ends, with `end`) until aborted. */
function sseResponse(signal: AbortSignal, chunks: string[], end = false): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      if (end) controller.close();
      else signal.addEventListener('abort', () => controller.error(signal.reason), { once: true });
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

describe('connectChangeStream', () => {
  const stops: AbortController[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop.abort();
  });

  function connect(script: Script, staleAfterMs = 60_000) {
    const stop = new AbortController();
    stops.push(stop);
    const status = createSyncStatusTracker();
    const calls: { authorization: string | null }[] = [];
    const ready: number[] = [];
    const changes: (readonly string[] | null)[] = [];
    const fetchFn: typeof fetch = async (_input, init) => {
      calls.push({ authorization: new Headers(init?.headers).get('authorization') });
      return script(calls.length, init!.signal!);
    };
    const stream = connectChangeStream({
      serverUrl: 'http://sync.test', token: 'tok', fetch: fetchFn, status, wake: createWakeSignal(),
      backoff: { initialMs: 20, maxMs: 40 }, staleAfterMs, signal: stop.signal,
      onReady: () => ready.push(calls.length),
      onChange: (c) => changes.push(c),
    });
    return { stream, status, calls, ready, changes, stop };
  }

  it('sends the token, reports ready and the collections of each change', async () => {
    const { calls, ready, changes, status } = connect((_n, signal) =>
      sseResponse(signal, ['event: ready\ndata: {}\n\n', ': heartbeat\n\n', 'event: change\ndata: {"collections":["links"]}\n\n', 'event: change\ndata: nonsense\n\n']));
    await waitUntil(() => changes.length === 2, 'two changes');
    expect(calls[0]?.authorization).toBe('Bearer tok');
    expect(ready).toEqual([1]);
    expect(changes).toEqual([['links'], null]);
    expect(status.getState().status).toBe('online');
  });

  it('reconnects after the server ends the stream, and treats the new connection as ready again', async () => {
    const { ready, calls } = connect((n, signal) => sseResponse(signal, ['event: ready\ndata: {}\n\n'], n === 1));
    await waitUntil(() => ready.length === 2, 'a second ready');
    expect(calls).toHaveLength(2);
  });

  it('drops a connection that goes silent and connects again', async () => {
    const { ready } = connect((_n, signal) => sseResponse(signal, ['event: ready\ndata: {}\n\n']), 150);
    await waitUntil(() => ready.length >= 2, 'a reconnect after silence', 5000);
  });

  it('shows a refused token and an unreachable server in the state, and backs off', async () => {
    const refused = connect(() => new Response('{"error":"unauthorized"}', { status: 401 }));
    await waitUntil(() => refused.status.getState().status === 'error', 'error');
    expect(refused.status.getState().error?.kind).toBe('unauthorized');

    const down = connect(() => Promise.reject(new TypeError('fetch failed')));
    await waitUntil(() => down.calls.length >= 3, 'three attempts');
    expect(down.status.getState()).toMatchObject({ status: 'offline', error: { kind: 'unreachable' } });
  });

  it('reconnects at once on reconnectNow(), and stops for good on abort', async () => {
    const { stream, ready, calls, stop } = connect((_n, signal) => sseResponse(signal, ['event: ready\ndata: {}\n\n']));
    await waitUntil(() => ready.length === 1, 'connected');
    stream.reconnectNow();
    await waitUntil(() => ready.length === 2, 'reconnected');
    stop.abort();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(calls).toHaveLength(2);
  });
});
