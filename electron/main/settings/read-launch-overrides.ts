// main: settings handed to the app at launch by `npm start` (a freshly provisioned local host).
// Environment rather than argv: command lines are visible to every user in the process list.
import type { DesktopSettingsPatch } from '../../contract/desktop-api.ts';

export const SERVER_URL_ENV = 'SCHEDULER_SERVER_URL';
export const HOST_TOKEN_ENV = 'SCHEDULER_HOST_TOKEN';

export function readLaunchOverrides(env: Readonly<Record<string, string | undefined>>): DesktopSettingsPatch | null {
  const patch: DesktopSettingsPatch = {};
  const serverUrl = env[SERVER_URL_ENV];
  const hostToken = env[HOST_TOKEN_ENV];
  if (serverUrl) patch.serverUrl = serverUrl;
  if (hostToken) patch.hostToken = hostToken;
  return Object.keys(patch).length > 0 ? patch : null;
}
