// main: what each IPC channel does, built from the services main wires together.
import type { NotificationRequest } from '../../contract/desktop-api.ts';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../contract/ipc-channels.ts';
import type { LinkRequester } from '../quick-link/create-link-requester.ts';
import type { SettingsService } from '../settings/create-settings-service.ts';
import type { TrayController } from '../tray/create-tray-controller.ts';
import { validateTrayData } from '../../contract/validate-tray-data.ts';
import type { IpcHandler } from './register-ipc-handlers.ts';
import { validateCopyText, validateExternalUrl, validateNotification, validateTrayLinkResponse } from '../../contract/validate-ipc-args.ts';

export interface IpcHandlerDeps {
  writeClipboard(text: string): Promise<void> | void;
  notify(notification: NotificationRequest): void;
  openExternal(url: string): Promise<void>;
  settings: SettingsService;
  tray: Pick<TrayController, 'update'>;
  linkRequester: Pick<LinkRequester, 'settle'>;
}

export function createIpcHandlers(deps: IpcHandlerDeps): Record<InvokeChannel, IpcHandler> {
  return {
    [INVOKE_CHANNELS.copyText]: async (text) => {
      await deps.writeClipboard(validateCopyText(text));
    },
    [INVOKE_CHANNELS.notify]: (notification) => {
      deps.notify(validateNotification(notification));
    },
    [INVOKE_CHANNELS.openExternal]: async (url) => {
      await deps.openExternal(validateExternalUrl(url));
    },
    [INVOKE_CHANNELS.getSettings]: () => deps.settings.get(),
    [INVOKE_CHANNELS.setSettings]: (patch) => deps.settings.set(patch),
    [INVOKE_CHANNELS.pushTrayData]: (data) => {
      deps.tray.update(validateTrayData(data));
    },
    [INVOKE_CHANNELS.trayLinkResponse]: (response) => {
      deps.linkRequester.settle(validateTrayLinkResponse(response));
    },
  };
}
