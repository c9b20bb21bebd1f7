// Runs in Node before `npm test`: the browser suites need Chromium and must never skip silently.
import { CHROMIUM_INSTALL_HINT, findChromium } from './lib/find-chromium.ts';

const found = findChromium();
if (!found) {
  console.error(CHROMIUM_INSTALL_HINT);
  process.exit(1);
}
