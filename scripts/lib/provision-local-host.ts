// Runs in Node (npm start). On first run, creates a local host through the server's own CLI and
// remembers its token in data/local-host.json (git-ignored), so a newcomer needs no manual setup.
// The host is named after the computer's user (invitees read "Your meeting with NAME"); the
// person changes name, email, zone and slug in Settings, "Your profile".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';

export interface LocalHost {
  hostId: string;
  slug: string;
  token: string;
}

/** "ada.lovelace" → "Ada Lovelace"; a name the host validator takes, or 'Host' when there is none. */
export function localHostName(username: string | null): string {
  const words = (username ?? '')
    .split(/[\s._-]+/)
    // Letters and digits only: a login name may carry anything, a name on a booking page not.
    .map((word) => word.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((word) => word !== '');
  const name = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ').slice(0, 100);
  return name === '' ? 'Host' : name;
}

function osUserName(): string | null {
  try {
    return userInfo().username;
  } catch {
    // No passwd entry (some containers): the default name.
    return null;
  }
}

export function provisionLocalHost(root: string): LocalHost {
  const file = join(root, 'data', 'local-host.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalHost;

  const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const result = spawnSync(
    process.execPath,
    ['sync-server/src/main.ts', 'create-host', '--name', localHostName(osUserName()), '--slug', 'me', '--timezone', timezone],
    { cwd: root, encoding: 'utf8', env: process.env },
  );
  if (result.status !== 0) {
    throw new Error(`could not create the local host: ${result.stderr.trim() || result.stdout.trim()}`);
  }
  const lastLine = result.stdout.trim().split('\n').at(-1) ?? '';
  const host = JSON.parse(lastLine) as LocalHost;
  mkdirSync(join(root, 'data'), { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify(host, null, 2), { mode: 0o600 });
  console.log(`==> Created local host "${host.slug}" (token saved in data/local-host.json); change its name in Settings`);
  return host;
}
