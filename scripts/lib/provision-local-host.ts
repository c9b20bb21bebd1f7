// Runs in Node (npm start). On first run, creates a local host through the server's own CLI and
// remembers its token in data/local-host.json (git-ignored), so a newcomer needs no manual setup.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LocalHost {
  hostId: string;
  slug: string;
  token: string;
}

export function provisionLocalHost(root: string): LocalHost {
  const file = join(root, 'data', 'local-host.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalHost;

  const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const result = spawnSync(
    process.execPath,
    ['sync-server/src/main.ts', 'create-host', '--name', 'Me', '--slug', 'me', '--timezone', timezone],
    { cwd: root, encoding: 'utf8', env: process.env },
  );
  if (result.status !== 0) {
    throw new Error(`could not create the local host: ${result.stderr.trim() || result.stdout.trim()}`);
  }
  const lastLine = result.stdout.trim().split('\n').at(-1) ?? '';
  const host = JSON.parse(lastLine) as LocalHost;
  mkdirSync(join(root, 'data'), { recursive: true, mode: 0o700 });
  writeFileSync(file, JSON.stringify(host, null, 2), { mode: 0o600 });
  console.log(`==> Created local host "${host.slug}" (token saved in data/local-host.json)`);
  return host;
}
