// test support (node): an in-memory stand-in for Electron's IPC, joining a preload-side
// ipcRenderer to main-side ipcMain/webContents, with a settable sender frame URL.
import type { IpcRendererLike } from '../preload/create-desktop-api.ts';
import type { InvokeEventLike, IpcMainLike } from '../main/ipc/register-ipc-handlers.ts';

type MainHandler = (event: InvokeEventLike, ...args: unknown[]) => unknown;
type RendererListener = (event: unknown, ...args: unknown[]) => void;

export interface FakeIpcBus {
  ipcMain: IpcMainLike;
  ipcRenderer: IpcRendererLike;
  /** Like webContents.send: delivers to the renderer's listeners. */
  sendToRenderer(channel: string, ...args: unknown[]): void;
  /** The URL main sees as `event.senderFrame.url`; isMainFrame false simulates an iframe. */
  setSender(url: string, isMainFrame?: boolean): void;
  listenerCount(channel: string): number;
}

export function createFakeIpcBus(initialSenderUrl = 'app://bundle/index.html'): FakeIpcBus {
  const handlers = new Map<string, MainHandler>();
  const listeners = new Map<string, Set<RendererListener>>();
  let sender = { url: initialSenderUrl, parent: null as unknown };

  return {
    ipcMain: {
      handle(channel, listener) {
        if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
        handlers.set(channel, listener);
      },
    },
    ipcRenderer: {
      async invoke(channel, ...args) {
        const handler = handlers.get(channel);
        if (!handler) throw new Error(`No handler registered for '${channel}'`);
        // Structured clone, like the real IPC: no functions or class instances cross.
        const cloned = structuredClone(args);
        return structuredClone(await handler({ senderFrame: { ...sender } }, ...cloned));
      },
      on(channel, listener) {
        const set = listeners.get(channel) ?? new Set();
        set.add(listener);
        listeners.set(channel, set);
      },
      removeListener(channel, listener) {
        listeners.get(channel)?.delete(listener);
      },
    },
    sendToRenderer(channel, ...args) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'fake' }, ...structuredClone(args));
    },
    setSender(url, isMainFrame = true) {
      sender = { url, parent: isMainFrame ? null : {} };
    },
    listenerCount: (channel) => listeners.get(channel)?.size ?? 0,
  };
}
