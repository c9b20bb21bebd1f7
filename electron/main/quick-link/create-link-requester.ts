// main: asks the renderer for a new link and waits for its answer, matched by request id.
import type { TrayLinkRequestMessage } from '../../contract/ipc-channels.ts';

export const LINK_REQUEST_TIMEOUT_MS = 5000;

export interface LinkRequesterDeps {
  /** Sends the request to the renderer; false when there is no page to ask. */
  send(message: TrayLinkRequestMessage): boolean;
  newId(): string;
  timeoutMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface LinkRequester {
  /** Resolves with the new link's URL; rejects with a message fit for a notification. */
  request(eventTypeId: string): Promise<string>;
  /** Feeds the renderer's answer in; returns false for an unknown or already settled id. */
  settle(answer: { requestId: string; ok: true; url: string } | { requestId: string; ok: false; error: string }): boolean;
}

interface Pending {
  resolve(url: string): void;
  reject(error: Error): void;
  timer: unknown;
}

export function createLinkRequester(deps: LinkRequesterDeps): LinkRequester {
  const timeoutMs = deps.timeoutMs ?? LINK_REQUEST_TIMEOUT_MS;
  const setTimer = deps.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  const pending = new Map<string, Pending>();

  return {
    request(eventTypeId) {
      return new Promise<string>((resolve, reject) => {
        const requestId = deps.newId();
        const timer = setTimer(() => {
          pending.delete(requestId);
          const limit = timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} seconds` : `${timeoutMs} ms`;
          reject(new Error(`The app did not answer within ${limit}`));
        }, timeoutMs);
        pending.set(requestId, { resolve, reject, timer });
        let sent: boolean;
        try {
          sent = deps.send({ requestId, eventTypeId });
        } catch {
          sent = false;
        }
        if (!sent) {
          clearTimer(timer);
          pending.delete(requestId);
          reject(new Error('The app window is not ready yet'));
        }
      });
    },
    settle(answer) {
      const entry = pending.get(answer.requestId);
      if (!entry) return false;
      pending.delete(answer.requestId);
      clearTimer(entry.timer);
      if (answer.ok) entry.resolve(answer.url);
      else entry.reject(new Error(answer.error));
      return true;
    },
  };
}
