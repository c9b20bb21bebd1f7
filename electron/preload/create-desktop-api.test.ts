// test: the preload bridge exposes named functions only and unwraps main's answers.
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, TRAY_LINK_REQUEST_CHANNEL } from '../contract/ipc-channels.ts';
import { createFakeIpcBus } from '../test-support/fake-ipc-bus.ts';
import { createDesktopApi } from './create-desktop-api.ts';

describe('createDesktopApi', () => {
  it('exposes exactly the named functions of DesktopApi, and no ipcRenderer', () => {
    const api = createDesktopApi(createFakeIpcBus().ipcRenderer);
    expect(Object.keys(api).sort()).toEqual(
      ['copyText', 'getSettings', 'notify', 'onTrayLinkRequest', 'openExternal', 'pushTrayData', 'setSettings'].sort(),
    );
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('returns the value of an ok answer and throws the message of a failed one', async () => {
    const bus = createFakeIpcBus();
    bus.ipcMain.handle(INVOKE_CHANNELS.getSettings, () => ({ ok: true, value: { serverUrl: 'x' } }));
    bus.ipcMain.handle(INVOKE_CHANNELS.copyText, () => ({ ok: false, error: 'text must be a string' }));
    bus.ipcMain.handle(INVOKE_CHANNELS.notify, () => 'not an envelope');
    const api = createDesktopApi(bus.ipcRenderer);
    await expect(api.getSettings()).resolves.toEqual({ serverUrl: 'x' });
    await expect(api.copyText('x')).rejects.toThrow('text must be a string');
    await expect(api.notify({ title: 'a', body: 'b' })).rejects.toThrow(/Unexpected answer/);
  });

  it('answers tray link requests through the handler, and reports handler errors', async () => {
    const bus = createFakeIpcBus();
    const answers: unknown[] = [];
    bus.ipcMain.handle(INVOKE_CHANNELS.trayLinkResponse, (_event, answer) => {
      answers.push(answer);
      return { ok: true, value: undefined };
    });
    const api = createDesktopApi(bus.ipcRenderer);
    api.onTrayLinkRequest(async ({ eventTypeId }) => {
      if (eventTypeId === 'broken') throw new Error('database is closed');
      if (eventTypeId === 'empty') return { url: '' };
      return { url: `https://sync.test/l/${eventTypeId}` };
    });
    bus.sendToRenderer(TRAY_LINK_REQUEST_CHANNEL, { requestId: 'r1', eventTypeId: 'et-1' });
    bus.sendToRenderer(TRAY_LINK_REQUEST_CHANNEL, { requestId: 'r2', eventTypeId: 'broken' });
    bus.sendToRenderer(TRAY_LINK_REQUEST_CHANNEL, { requestId: 'r3', eventTypeId: 'empty' });
    bus.sendToRenderer(TRAY_LINK_REQUEST_CHANNEL, { requestId: 42 });
    await expect.poll(() => answers.length).toBe(3);
    expect(answers).toEqual(
      expect.arrayContaining([
        { requestId: 'r1', ok: true, url: 'https://sync.test/l/et-1' },
        { requestId: 'r2', ok: false, error: 'database is closed' },
        { requestId: 'r3', ok: false, error: 'the link handler returned no URL' },
      ]),
    );
  });

  it('keeps one tray handler: a new one replaces the old, and unsubscribing removes it', () => {
    const bus = createFakeIpcBus();
    const api = createDesktopApi(bus.ipcRenderer);
    const offFirst = api.onTrayLinkRequest(async () => ({ url: 'https://a.test' }));
    const offSecond = api.onTrayLinkRequest(async () => ({ url: 'https://b.test' }));
    expect(bus.listenerCount(TRAY_LINK_REQUEST_CHANNEL)).toBe(1);
    offFirst(); // stale unsubscribe must not remove the newer handler
    expect(bus.listenerCount(TRAY_LINK_REQUEST_CHANNEL)).toBe(1);
    offSecond();
    expect(bus.listenerCount(TRAY_LINK_REQUEST_CHANNEL)).toBe(0);
    expect(() => api.onTrayLinkRequest('nope' as never)).toThrow(/handler must be a function/);
  });
});
