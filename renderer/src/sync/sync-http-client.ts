// renderer: JSON requests to the sync server that wait and retry (with backoff) until they
// succeed or the sync layer stops, reporting every outcome to the sync state.
import { backoffDelay } from './backoff-delay.ts';
import { describeBadAnswer, describeHttpFailure, describeUnreachable } from './describe-failure.ts';
import type { SyncStatusTracker } from './sync-status-tracker.ts';
import type { BackoffPolicy, SyncError } from './sync-types.ts';
import type { WakeSignal } from './wake-signal.ts';

export interface SyncHttpClientOptions {
  serverUrl: string;
  token: string;
  fetch: typeof fetch;
  status: Pick<SyncStatusTracker, 'reportSuccess' | 'reportFailure'>;
  wake: WakeSignal;
  backoff?: BackoffPolicy;
  requestTimeoutMs: number;
  /** Aborted when the sync layer stops: pending requests and waits reject with its reason. */
  signal: AbortSignal;
}

export interface RequestFailure {
  error: SyncError;
  /** The HTTP status, when the server answered. */
  httpStatus?: number;
}

export interface JsonRequest<T> {
  /** Which request kind this is for the sync state, e.g. `push:links`. */
  channel: string;
  /** For messages: "sending changes to links". */
  what: string;
  /** Path below the server URL, with query. */
  path: string;
  method?: 'GET' | 'POST';
  /** The JSON body, built again for every attempt. */
  body?: () => unknown;
  /** Checks and types the answer; throwing marks the answer as not understood. */
  parse(body: unknown): T;
  /** Runs before each retry, e.g. to send newer local data after a refusal. */
  beforeRetry?(failure: RequestFailure): Promise<void>;
}

export interface SyncHttpClient {
  requestJson<T>(request: JsonRequest<T>): Promise<T>;
}

type Attempt<T> = { ok: true; value: T } | { ok: false; failure: RequestFailure };

export function createSyncHttpClient(options: SyncHttpClientOptions): SyncHttpClient {
  const { serverUrl, signal } = options;

  async function attempt<T>(request: JsonRequest<T>): Promise<Attempt<T>> {
    const timeout = AbortSignal.timeout(options.requestTimeoutMs);
    const headers: Record<string, string> = { authorization: `Bearer ${options.token}`, accept: 'application/json' };
    const init: RequestInit = { method: request.method ?? 'GET', headers, signal: AbortSignal.any([signal, timeout]), cache: 'no-store' };
    if (request.body) {
      headers['content-type'] = 'application/json';
      init.body = JSON.stringify(request.body());
    }
    let response: Response;
    let text: string;
    try {
      response = await options.fetch(`${serverUrl}${request.path}`, init);
      text = await response.text();
    } catch {
      if (signal.aborted) throw signal.reason;
      return { ok: false, failure: { error: describeUnreachable(serverUrl, timeout.aborted ? options.requestTimeoutMs : undefined) } };
    }
    let body: unknown;
    try {
      body = text === '' ? null : JSON.parse(text);
    } catch {
      body = undefined;
    }
    if (!response.ok) return { ok: false, failure: { error: describeHttpFailure(response.status, body, request.what, serverUrl), httpStatus: response.status } };
    try {
      if (body === undefined) throw new Error('not JSON');
      return { ok: true, value: request.parse(body) };
    } catch {
      return { ok: false, failure: { error: describeBadAnswer(request.what), httpStatus: response.status } };
    }
  }

  return {
    async requestJson<T>(request: JsonRequest<T>): Promise<T> {
      for (let retry = 0; ; retry++) {
        const generation = options.wake.generation;
        const result = await attempt(request);
        if (result.ok) {
          options.status.reportSuccess(request.channel);
          return result.value;
        }
        options.status.reportFailure(request.channel, result.failure.error);
        await options.wake.sleep(backoffDelay(retry, options.backoff), signal, generation);
        await request.beforeRetry?.(result.failure);
      }
    },
  };
}
