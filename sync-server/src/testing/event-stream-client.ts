// Runs in tests (server side). A fetch-based Server-Sent-Events client (EventSource cannot send
// an Authorization header) that reconnects after a drop, like a desktop client would.
export interface StreamEvent {
  event: string;
  data: string;
}

export interface EventStreamOptions {
  url: string;
  token: string;
  /** Each event (`ready`, `change`, ...). */
  onEvent(event: StreamEvent): void;
  /** Comment lines (heartbeats), without the leading colon. */
  onComment?(text: string): void;
  /** After a drop or refused connection; the client tries again after `retryMs`. */
  onDisconnect?(reason: string): void;
  /** Default 200 ms. */
  retryMs?: number;
}

export interface EventStreamHandle {
  close(): void;
}

/** Splits a stream of SSE text into events and comments. */
export function createSseParser(onEvent: (event: StreamEvent) => void, onComment: (text: string) => void) {
  let buffer = '';
  let event = 'message';
  let data: string[] = [];
  return (chunk: string): void => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) !== -1) {
      const line = buffer.slice(0, newline).replace(/\r$/, '');
      buffer = buffer.slice(newline + 1);
      if (line === '') {
        if (data.length > 0) onEvent({ event, data: data.join('\n') });
        event = 'message';
        data = [];
      } else if (line.startsWith(':')) {
        onComment(line.slice(1).trim());
      } else {
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
    }
  };
}

export function connectEventStream(options: EventStreamOptions): EventStreamHandle {
  let closed = false;
  let controller: AbortController | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  const retryMs = options.retryMs ?? 200;

  const run = async (): Promise<void> => {
    controller = new AbortController();
    let reason = 'stream ended';
    try {
      const response = await fetch(options.url, {
        headers: { authorization: `Bearer ${options.token}`, accept: 'text/event-stream' },
        signal: controller.signal,
      });
      if (response.status !== 200 || !response.body) {
        reason = `HTTP ${response.status}`;
        await response.body?.cancel();
      } else {
        const parse = createSseParser(options.onEvent, options.onComment ?? (() => {}));
        const decoder = new TextDecoder();
        for await (const chunk of response.body) parse(decoder.decode(chunk as Uint8Array, { stream: true }));
      }
    } catch (error) {
      reason = (error as Error).message;
    }
    if (closed) return;
    options.onDisconnect?.(reason);
    retryTimer = setTimeout(() => { retryTimer = null; void run(); }, retryMs);
  };
  void run();

  return {
    close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      controller?.abort();
    },
  };
}
