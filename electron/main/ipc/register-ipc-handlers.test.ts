// test: every IPC handler checks its sender first and answers with an envelope.
import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../contract/ipc-channels.ts';
import { createFakeIpcBus } from '../../test-support/fake-ipc-bus.ts';
import { isTrustedSender } from '../security/is-trusted-sender.ts';
import { registerIpcHandlers, senderFrameInfo, type IpcHandler } from './register-ipc-handlers.ts';

function setup() {
  const bus = createFakeIpcBus();
  const calls: string[] = [];
  const logged: string[] = [];
  const handlers = Object.fromEntries(
    Object.values(INVOKE_CHANNELS).map((channel) => [
      channel,
      (...args: unknown[]) => {
        calls.push(channel);
        if (args[0] === 'boom') throw new Error('handler failed');
        return `ok:${channel}`;
      },
    ]),
  ) as Record<InvokeChannel, IpcHandler>;
  registerIpcHandlers({
    ipcMain: bus.ipcMain,
    isTrusted: (frame) => isTrustedSender(frame, ['app://bundle']),
    handlers,
    log: (message) => logged.push(message),
  });
  return { bus, calls, logged };
}

describe('registerIpcHandlers', () => {
  it('runs handlers for the app page and wraps the value', async () => {
    const { bus, calls } = setup();
    expect(await bus.ipcRenderer.invoke(INVOKE_CHANNELS.getSettings)).toEqual({ ok: true, value: 'ok:desktop:get-settings' });
    expect(calls).toEqual(['desktop:get-settings']);
  });

  it('turns a thrown error into a failed envelope', async () => {
    const { bus } = setup();
    expect(await bus.ipcRenderer.invoke(INVOKE_CHANNELS.copyText, 'boom')).toEqual({ ok: false, error: 'handler failed' });
  });

  it.each(Object.values(INVOKE_CHANNELS))('refuses %s from a foreign page without running it', async (channel) => {
    const { bus, calls, logged } = setup();
    bus.setSender('https://evil.test/phish.html');
    expect(await bus.ipcRenderer.invoke(channel, 'x')).toEqual({ ok: false, error: 'This page may not use the desktop bridge' });
    expect(calls).toEqual([]);
    expect(logged).toEqual([`Refused ${channel} from https://evil.test/phish.html`]);
  });

  it('refuses an iframe on the app origin', async () => {
    const { bus, calls } = setup();
    bus.setSender('app://bundle/index.html', false);
    expect((await bus.ipcRenderer.invoke(INVOKE_CHANNELS.openExternal, 'https://x.test')) as { ok: boolean }).toMatchObject({ ok: false });
    expect(calls).toEqual([]);
  });

  it('reads the frame from the event', () => {
    expect(senderFrameInfo({ senderFrame: null })).toBeNull();
    expect(senderFrameInfo({ senderFrame: { url: 'app://bundle/', parent: null } })).toEqual({ url: 'app://bundle/', isMainFrame: true });
    expect(senderFrameInfo({ senderFrame: { url: 'app://bundle/', parent: {} } })).toEqual({ url: 'app://bundle/', isMainFrame: false });
  });
});
