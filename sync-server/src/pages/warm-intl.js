// Runs in the invitee's browser (an async module of every public page with a script, no imports).
// A head start for the browser's date and time-zone data, which a page's first Intl formatter
// loads: several times 40 ms on a slow phone, in one task. The data is shared by the page's
// threads, so a worker loads it while the modules download. A script that imports this module
// (the same URL, so the same instance) and awaits `intlReady` before its first formatter does not
// load the data again on its own thread while the worker holds it. ARCHITECTURE.md, "Slow phones".
// @ts-check
/* global Worker */

const WARM_UP = `
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  new Intl.DateTimeFormat(undefined, { timeZone: zone, weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(Date.now());
  new Intl.PluralRules().select(2);
  postMessage('warm');
`;
/** Past this the page stops waiting and loads the data itself. */
const MAX_WAIT_MS = 2000;

/** @returns {Promise<void>} */
function warmUp() {
  try {
    const url = URL.createObjectURL(new Blob([WARM_UP], { type: 'text/javascript' }));
    const worker = new Worker(url);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        worker.terminate();
        URL.revokeObjectURL(url);
        resolve();
      };
      const timer = setTimeout(done, MAX_WAIT_MS);
      worker.addEventListener('message', done);
      worker.addEventListener('error', done);
    });
  } catch {
    return Promise.resolve(); // no worker: the page's script loads the data itself
  }
}

/** Resolves once the date data is loaded (or the head start failed or took too long). */
export const intlReady = warmUp();
