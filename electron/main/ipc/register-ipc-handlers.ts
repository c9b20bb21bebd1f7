// main: installs the named IPC handlers; each checks its sender and answers with an envelope.
import type { IpcResult } from '../../contract/desktop-api.ts';
import type { InvokeChannel } from '../../contract/ipc-channels.ts';
import type { SenderFrameInfo } from '../security/is-trusted-sender.ts';

/** What the check needs from Electron's IpcMainInvokeEvent. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

export type IpcHandler = (...args: unknown[]) => unknown;

export interface RegisterDeps {
  ipcMain: IpcMainLike;
  isTrusted(frame: SenderFrameInfo | null): boolean;
  handlers: Readonly<Record<InvokeChannel, IpcHandler>>;
  log(message: string): void;
}

export function senderFrameInfo(event: InvokeEventLike): SenderFrameInfo | null {
  const frame = event.senderFrame;
  return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
}

export function registerIpcHandlers(deps: RegisterDeps): void {
  for (const [channel, handler] of Object.entries(deps.handlers) as Array<[InvokeChannel, IpcHandler]>) {
    deps.ipcMain.handle(channel, async (event, ...args): Promise<IpcResult<unknown>> => {
      const frame = senderFrameInfo(event);
      if (!deps.isTrusted(frame)) {
        deps.log(`Refused ${channel} from ${frame?.url ?? 'a destroyed frame'}`);
        return { ok: false, error: 'This page may not use the desktop bridge' };
      }
      try {
        return { ok: true, value: await handler(...args) };
      } catch (error) {
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
    });
  }
}
