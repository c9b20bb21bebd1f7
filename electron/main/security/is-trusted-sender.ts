// main: may this frame use the IPC bridge? Only the app's own top-level page may.
import { originOf } from './origin-of.ts';

/** What the check needs from Electron's `event.senderFrame` (null once the frame is gone). */
export interface SenderFrameInfo {
  url: string;
  isMainFrame: boolean;
}

export function isTrustedSender(frame: SenderFrameInfo | null | undefined, trustedOrigins: readonly string[]): boolean {
  if (!frame || !frame.isMainFrame) return false;
  const origin = originOf(frame.url);
  return origin !== null && trustedOrigins.some((trusted) => originOf(trusted) === origin);
}
