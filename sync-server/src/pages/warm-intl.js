// Runs in the invitee's browser (an async module of every public page with a script, no imports).
// A head start for the browser's date and time-zone data. A page's first Intl.DateTimeFormat loads
// that data: about 40 ms of CPU on a laptop and several times that on a slow phone, in one task
// that cannot be split, and the page's script needs it at once to learn the invitee's zone. The
// data is shared by every thread of the page's process, so a worker that makes one formatter
// while the page's modules are still downloading takes the cost off the main thread: the
// script's own first formatter then takes a few milliseconds. Without Worker support, or if the
// worker fails, the page loses only the head start.
// @ts-check
/* global Worker */

const WARM_UP = `
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  new Intl.DateTimeFormat(undefined, { timeZone: zone, weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(Date.now());
  postMessage('warm');
`;

try {
  const url = URL.createObjectURL(new Blob([WARM_UP], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const done = () => {
    worker.terminate();
    URL.revokeObjectURL(url);
  };
  worker.addEventListener('message', done);
  worker.addEventListener('error', done);
} catch {
  // No worker: the page's script pays for the data itself, as it would have anyway.
}
