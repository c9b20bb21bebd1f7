// test: the SSE parser against the line rules of the HTML spec, however the text is chunked.
import { describe, expect, it } from 'vitest';
import { createSseParser, type SseEvent } from './parse-sse.ts';

function parseAll(chunks: string[]): { events: SseEvent[]; comments: string[] } {
  const events: SseEvent[] = [];
  const comments: string[] = [];
  const feed = createSseParser({ onEvent: (e) => events.push(e), onComment: (c) => comments.push(c) });
  for (const chunk of chunks) feed(chunk);
  return { events, comments };
}

const SERVER_TEXT = 'retry: 1000\nevent: ready\ndata: {}\n\n: heartbeat\n\nevent: change\ndata: {"collections":["links","bookings"]}\n\n';
const EXPECTED = [
  { event: 'ready', data: '{}' },
  { event: 'change', data: '{"collections":["links","bookings"]}' },
];

describe('createSseParser', () => {
  it('reads the server\'s events and heartbeat comments', () => {
    expect(parseAll([SERVER_TEXT])).toEqual({ events: EXPECTED, comments: ['heartbeat'] });
  });

  it('gives the same result for any split of the text, one character at a time included', () => {
    for (let cut = 1; cut < SERVER_TEXT.length; cut++) {
      expect(parseAll([SERVER_TEXT.slice(0, cut), SERVER_TEXT.slice(cut)]).events).toEqual(EXPECTED);
    }
    expect(parseAll([...SERVER_TEXT]).events).toEqual(EXPECTED);
  });

  it('accepts CRLF and lone CR line ends, also when CRLF is split across chunks', () => {
    const crlf = SERVER_TEXT.replaceAll('\n', '\r\n');
    expect(parseAll([crlf]).events).toEqual(EXPECTED);
    expect(parseAll([...crlf]).events).toEqual(EXPECTED);
    // A CR at the very end may be half a CRLF: that line ends when more text comes.
    const cr = SERVER_TEXT.replaceAll('\n', '\r');
    expect(parseAll([cr]).events).toEqual(EXPECTED.slice(0, 1));
    expect(parseAll([cr, ': heartbeat\r']).events).toEqual(EXPECTED);
  });

  it('joins several data lines with newlines and defaults the type to message', () => {
    expect(parseAll(['data: one\ndata:two\ndata\n\n']).events).toEqual([{ event: 'message', data: 'one\ntwo\n' }]);
  });

  it('dispatches nothing for a block without data, and nothing before the blank line', () => {
    expect(parseAll(['event: change\n\n', 'event: change\ndata: {}\n']).events).toEqual([]);
  });

  it('forgets the type of an event once dispatched', () => {
    expect(parseAll(['event: change\ndata: a\n\ndata: b\n\n']).events).toEqual([{ event: 'change', data: 'a' }, { event: 'message', data: 'b' }]);
  });

  it('ignores unknown fields and keeps colons inside values', () => {
    expect(parseAll(['id: 7\nfoo: bar\ndata: a: b\n\n']).events).toEqual([{ event: 'message', data: 'a: b' }]);
  });
});
