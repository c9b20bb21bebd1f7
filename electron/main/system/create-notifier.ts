// main: system notifications (the renderer's and the tray's), quietly skipped where unsupported.
import type { NotificationRequest } from '../../contract/desktop-api.ts';

export interface NotificationApi {
  isSupported(): boolean;
  create(options: { title: string; body: string; icon?: string }): { show(): void };
}

export function createNotifier(api: NotificationApi, icon?: string): (notification: NotificationRequest) => void {
  return ({ title, body }) => {
    if (!api.isSupported()) return;
    api.create(icon === undefined ? { title, body } : { title, body, icon }).show();
  };
}
