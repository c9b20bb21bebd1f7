// Runs in Node (scripts and tests). Where is a Chromium that Playwright can drive?
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then Playwright's own downloaded browser.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_INSTALL_HINT =
  'No Chromium found. Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or `npx playwright install chromium`, or point CHROMIUM_PATH at a Chromium/Chrome binary.';

/** Launch flags that work on our machines (no sandbox as root, no background network chatter). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | null {
  const candidates = [env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', playwrightsOwnChromium()];
  for (const candidate of candidates) {
    if (candidate && exists(candidate)) return candidate;
  }
  return null;
}

function playwrightsOwnChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
