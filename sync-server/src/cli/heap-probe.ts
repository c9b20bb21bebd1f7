// Runs on the server, but only when a test asks for it. Soak tests measure the server's heap after
// a full garbage collection from outside the process; this answers their `{type: 'heap'}` IPC
// message. It stays inert unless all three are true: SYNC_SERVER_HEAP_PROBE=1, node was started
// with --expose-gc, and the process has an IPC channel to its parent (only a spawning process can
// give one). Nothing reachable over the network or from the command line alone turns it on.
export interface HeapReport {
  type: 'heap';
  heapUsed: number;
}

export function installHeapProbe(env: NodeJS.ProcessEnv = process.env): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (env.SYNC_SERVER_HEAP_PROBE !== '1' || typeof gc !== 'function' || typeof process.send !== 'function') return false;
  process.on('message', (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== 'heap') return;
    // Closed sockets are released by callbacks of the next turns; let them run, then collect twice
    // (the first pass may only run finalizers that free more).
    setTimeout(() => {
      gc();
      gc();
      const report: HeapReport = { type: 'heap', heapUsed: process.memoryUsage().heapUsed };
      process.send?.(report);
    }, 50);
  });
  // The channel must not keep a server alive that was told to stop.
  process.channel?.unref();
  return true;
}
