// renderer: the one live connection to `GET /sync/stream` (Server-Sent Events over fetch, since
// EventSource cannot send the Authorization header). Reconnects with backoff; a silent
// connection (no event, no heartbeat) counts as dead.
import { backoffDelay } from './backoff-delay.ts';
import { describeHttpFailure, describeUnreachable } from './describe-failure.ts';
import { createSseParser, type SseEvent } from './parse-sse.ts';
import type { SyncStatusTracker } from './sync-status-tracker.ts';
import type { BackoffPolicy } from './sync-types.ts';
import type { WakeSignal } from './wake-signal.ts';

export const STREAM_CHANNEL = 'stream';

export interface ChangeStreamOptions {
  serverUrl: string;
  token: string;
  fetch: typeof fetch;
  status: Pick<SyncStatusTracker, 'reportSuccess' | 'reportFailure' | 'setStreamConnected'>;
  wake: WakeSignal;
  backoff?: BackoffPolicy;
  /** Reconnect after hearing nothing this long (the server sends a heartbeat at least every 25 s). */
  staleAfterMs: number;
  /** Ends the stream for good. */
  signal: AbortSignal;
  /** The subscription is live (`event: ready`): everything committed from now on will be announced. */
  onReady(): void;
  /** `event: change` names the collections that changed; null when the event could not be read. */
  onChange(collections: readonly string[] | null): void;
}

export interface ChangeStream {
  /** Drops the current connection (if any) and connects again at once. */
  reconnectNow(): void;
  /** Connects at once if not connected; a live connection is left alone. */
  connectIfDown(): void;
}

function readCollections(event: SseEvent): readonly string[] | null {
  try {
    const parsed = JSON.parse(event.data) as { collections?: unknown };
    return Array.isArray(parsed.collections) ? parsed.collections.filter((c): c is string => typeof c === 'string') : null;
  } catch {
    return null;
  }
}

export function connectChangeStream(options: ChangeStreamOptions): ChangeStream {
  const { signal, status } = options;
  let connected = false;
  let current: AbortController | null = null;
  let skipWait = false;

  const handleEvent = (event: SseEvent): void => {
    if (event.event === 'ready') options.onReady();
    else if (event.event === 'change') options.onChange(readCollections(event));
  };

  /** One connection, from request to its end. Returns whether it got as far as `ready`. */
  async function connectOnce(): Promise<boolean> {
    const attempt = new AbortController();
    current = attempt;
    let lastHeard = Date.now();
    let stale = false;
    const watchdog = setInterval(() => {
      if (Date.now() - lastHeard > options.staleAfterMs) {
        stale = true;
        attempt.abort();
      }
    }, Math.min(options.staleAfterMs, 5000));
    let answered = false;
    let ready = false;
    try {
      const response = await options.fetch(`${options.serverUrl}/sync/stream`, {
        headers: { authorization: `Bearer ${options.token}`, accept: 'text/event-stream' },
        signal: AbortSignal.any([signal, attempt.signal]),
        cache: 'no-store',
      });
      answered = true;
      lastHeard = Date.now();
      if (!response.ok || !response.body) {
        const body: unknown = await response.json().catch(() => null);
        status.reportFailure(STREAM_CHANNEL, describeHttpFailure(response.status, body, 'listening for changes', options.serverUrl));
        return false;
      }
      connected = true;
      status.reportSuccess(STREAM_CHANNEL);
      status.setStreamConnected(true);
      const parse = createSseParser({
        onEvent: (event) => {
          if (event.event === 'ready') ready = true;
          handleEvent(event);
        },
      });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        lastHeard = Date.now();
        parse(value);
      }
    } catch {
      if (!signal.aborted && !answered && (stale || attempt.signal.aborted === false)) {
        status.reportFailure(STREAM_CHANNEL, describeUnreachable(options.serverUrl, stale ? options.staleAfterMs : undefined));
      }
    } finally {
      clearInterval(watchdog);
      current = null;
      if (connected) {
        connected = false;
        status.setStreamConnected(false);
      }
    }
    return ready;
  }

  async function run(): Promise<void> {
    let retry = 0;
    while (!signal.aborted) {
      const generation = options.wake.generation;
      const wasReady = await connectOnce();
      if (signal.aborted) break;
      // A connection that worked resets the backoff; one that keeps failing backs off further.
      retry = wasReady ? 0 : retry + 1;
      if (skipWait) {
        skipWait = false;
        continue;
      }
      try {
        await options.wake.sleep(backoffDelay(wasReady ? 0 : retry - 1, options.backoff), signal, wasReady ? undefined : generation);
      } catch {
        break;
      }
    }
  }
  void run();

  return {
    reconnectNow() {
      if (current) {
        skipWait = true;
        current.abort();
      } else {
        options.wake.wake();
      }
    },
    connectIfDown() {
      if (!connected) options.wake.wake();
    },
  };
}
