// Runs anywhere (shared by main, preload and renderer). The IPC channel names, one place so the two sides cannot drift.

/** Renderer → main, `ipcRenderer.invoke` / `ipcMain.handle`. */
export const INVOKE_CHANNELS = {
  copyText: 'desktop:copy-text',
  notify: 'desktop:notify',
  openExternal: 'desktop:open-external',
  getSettings: 'desktop:get-settings',
  setSettings: 'desktop:set-settings',
  pushTrayData: 'desktop:push-tray-data',
  trayLinkResponse: 'desktop:tray-link-response',
} as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS];

/** Main → renderer, `webContents.send` / `ipcRenderer.on`. */
export const TRAY_LINK_REQUEST_CHANNEL = 'desktop:tray-link-request';

/** Body of a tray link request sent to the renderer. */
export interface TrayLinkRequestMessage {
  requestId: string;
  eventTypeId: string;
}

/** The renderer's answer, matched to the request by id. */
export type TrayLinkResponseMessage =
  | { requestId: string; ok: true; url: string }
  | { requestId: string; ok: false; error: string };
