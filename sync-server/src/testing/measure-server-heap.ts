// Runs in tests (server side). Asks a server child process (spawned with `--expose-gc`, an IPC
// channel and SYNC_SERVER_HEAP_PROBE=1) for its heap after a full GC: see cli/heap-probe.ts.
import type { ChildProcess } from 'node:child_process';
import type { HeapReport } from '../cli/heap-probe.ts';

export function measureServerHeap(child: ChildProcess, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      reject(new Error('the server did not answer the heap probe (started without --expose-gc, IPC or SYNC_SERVER_HEAP_PROBE=1?)'));
    }, timeoutMs);
    const onMessage = (message: unknown): void => {
      if ((message as HeapReport | null)?.type !== 'heap') return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve((message as HeapReport).heapUsed);
    };
    child.on('message', onMessage);
    child.send({ type: 'heap' });
  });
}
