// preload: builds the `window.desktop` object from an ipcRenderer; pure, so tests pass a fake.
import type {
  DesktopApi,
  DesktopSettingsPatch,
  DesktopSettingsView,
  IpcResult,
  NotificationRequest,
  TrayData,
  TrayLinkRequest,
  TrayLinkResult,
} from '../contract/desktop-api.ts';
import {
  INVOKE_CHANNELS,
  TRAY_LINK_REQUEST_CHANNEL,
  type InvokeChannel,
  type TrayLinkResponseMessage,
} from '../contract/ipc-channels.ts';

/** The part of Electron's `ipcRenderer` the bridge uses. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

type TrayHandler = (request: TrayLinkRequest) => Promise<TrayLinkResult>;

function isIpcResult(value: unknown): value is IpcResult<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function createDesktopApi(ipc: IpcRendererLike): DesktopApi {
  async function call<T>(channel: InvokeChannel, ...args: unknown[]): Promise<T> {
    const result = await ipc.invoke(channel, ...args);
    if (!isIpcResult(result)) throw new Error(`Unexpected answer from the main process on ${channel}`);
    if (!result.ok) throw new Error(result.error);
    return result.value as T;
  }

  let currentListener: ((event: unknown, ...args: unknown[]) => void) | null = null;

  function answer(message: TrayLinkResponseMessage): void {
    // A lost answer surfaces in main as a timeout notification; nothing more to do here.
    ipc.invoke(INVOKE_CHANNELS.trayLinkResponse, message).catch(() => undefined);
  }

  return {
    copyText: (text: string) => call<void>(INVOKE_CHANNELS.copyText, text),
    notify: (notification: NotificationRequest) => call<void>(INVOKE_CHANNELS.notify, notification),
    openExternal: (url: string) => call<void>(INVOKE_CHANNELS.openExternal, url),
    getSettings: () => call<DesktopSettingsView>(INVOKE_CHANNELS.getSettings),
    setSettings: (patch: DesktopSettingsPatch) => call<DesktopSettingsView>(INVOKE_CHANNELS.setSettings, patch),
    pushTrayData: (data: TrayData) => call<void>(INVOKE_CHANNELS.pushTrayData, data),
    onTrayLinkRequest(handler: TrayHandler): () => void {
      if (typeof handler !== 'function') throw new TypeError('onTrayLinkRequest: handler must be a function');
      if (currentListener) ipc.removeListener(TRAY_LINK_REQUEST_CHANNEL, currentListener);
      const listener = (_event: unknown, message: unknown): void => {
        const { requestId, eventTypeId } = (message ?? {}) as { requestId?: unknown; eventTypeId?: unknown };
        if (typeof requestId !== 'string' || typeof eventTypeId !== 'string') return;
        Promise.resolve()
          .then(() => handler({ eventTypeId }))
          .then((result) => {
            const url = (result as { url?: unknown } | undefined)?.url;
            if (typeof url !== 'string' || url === '') throw new Error('the link handler returned no URL');
            answer({ requestId, ok: true, url });
          })
          .catch((error: unknown) => answer({ requestId, ok: false, error: errorMessage(error) }));
      };
      currentListener = listener;
      ipc.on(TRAY_LINK_REQUEST_CHANNEL, listener);
      return () => {
        if (currentListener !== listener) return;
        ipc.removeListener(TRAY_LINK_REQUEST_CHANNEL, listener);
        currentListener = null;
      };
    },
  };
}
