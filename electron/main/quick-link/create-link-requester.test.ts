// test: main's request/answer matching with the renderer, including timeouts.
import { describe, expect, it } from 'vitest';
import type { TrayLinkRequestMessage } from '../../contract/ipc-channels.ts';
import { createLinkRequester } from './create-link-requester.ts';

function ids() {
  let n = 0;
  return () => `req-${++n}`;
}

describe('createLinkRequester', () => {
  it('resolves with the URL of the matching answer', async () => {
    const sent: TrayLinkRequestMessage[] = [];
    const requester = createLinkRequester({ send: (m) => sent.push(m) > 0, newId: ids() });
    const first = requester.request('et-1');
    const second = requester.request('et-2');
    expect(sent).toEqual([
      { requestId: 'req-1', eventTypeId: 'et-1' },
      { requestId: 'req-2', eventTypeId: 'et-2' },
    ]);
    expect(requester.settle({ requestId: 'req-2', ok: true, url: 'https://s.test/l/two' })).toBe(true);
    expect(requester.settle({ requestId: 'req-1', ok: false, error: 'event type archived' })).toBe(true);
    await expect(second).resolves.toBe('https://s.test/l/two');
    await expect(first).rejects.toThrow('event type archived');
  });

  it('ignores unknown and repeated answers', async () => {
    const requester = createLinkRequester({ send: () => true, newId: ids() });
    const pending = requester.request('et-1');
    expect(requester.settle({ requestId: 'nope', ok: true, url: 'https://x' })).toBe(false);
    expect(requester.settle({ requestId: 'req-1', ok: true, url: 'https://s.test/a' })).toBe(true);
    expect(requester.settle({ requestId: 'req-1', ok: true, url: 'https://s.test/b' })).toBe(false);
    await expect(pending).resolves.toBe('https://s.test/a');
  });

  it('fails fast when there is no page to ask', async () => {
    await expect(createLinkRequester({ send: () => false, newId: ids() }).request('et-1')).rejects.toThrow('not ready');
    const throwing = createLinkRequester({
      send: () => {
        throw new Error('Object has been destroyed');
      },
      newId: ids(),
    });
    await expect(throwing.request('et-1')).rejects.toThrow('not ready');
  });

  it('times out when the renderer never answers, and a late answer is ignored', async () => {
    const requester = createLinkRequester({ send: () => true, newId: ids(), timeoutMs: 30 });
    const started = Date.now();
    await expect(requester.request('et-1')).rejects.toThrow('did not answer within 30 ms');
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(requester.settle({ requestId: 'req-1', ok: true, url: 'https://late' })).toBe(false);
  });
});
