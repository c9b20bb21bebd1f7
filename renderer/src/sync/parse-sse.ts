// renderer: Server-Sent Events parsing for a fetch-based client (EventSource cannot send the
// Authorization header). Follows the HTML spec's line rules; `id` and `retry` are ignored.

export interface SseEvent {
  /** `message` when the event names no type. */
  event: string;
  data: string;
}

export interface SseHandlers {
  onEvent(event: SseEvent): void;
  /** A comment line (heartbeats), without the leading colon and one leading space. */
  onComment?(text: string): void;
}

/** Returns a function to feed decoded text chunks to, in order; chunks may split lines anywhere. */
export function createSseParser(handlers: SseHandlers): (chunk: string) => void {
  let buffer = '';
  let eventType = '';
  let data: string[] = [];
  let hasData = false;

  const dispatch = (): void => {
    if (hasData) handlers.onEvent({ event: eventType || 'message', data: data.join('\n') });
    eventType = '';
    data = [];
    hasData = false;
  };

  const processLine = (line: string): void => {
    if (line === '') return dispatch();
    if (line.startsWith(':')) {
      handlers.onComment?.(line.slice(1).replace(/^ /, ''));
      return;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') eventType = value;
    else if (field === 'data') {
      data.push(value);
      hasData = true;
    }
  };

  return (chunk: string): void => {
    buffer += chunk;
    // Lines end in \n, \r\n or a lone \r; a trailing \r may be the first half of \r\n, so it waits.
    const lineEnd = /\r\n|\n|\r(?!$)/g;
    let start = 0;
    let match: RegExpExecArray | null;
    while ((match = lineEnd.exec(buffer)) !== null) {
      processLine(buffer.slice(start, match.index));
      start = match.index + match[0].length;
    }
    buffer = buffer.slice(start);
  };
}
