// Runs in Node (bench). Times `trigger()` → the next `change` event on a live stream, many times
// over, one at a time (so each event belongs to exactly one trigger).
import { connectEventStream } from '../../sync-server/src/testing/event-stream-client.ts';

export async function measureStreamLatency(
  options: { url: string; token: string; samples: number; trigger: (i: number) => Promise<void> | void },
): Promise<number[]> {
  let waiting: ((at: number) => void) | null = null;
  let ready: () => void = () => {};
  const isReady = new Promise<void>((resolve) => { ready = resolve; });
  const stream = connectEventStream({
    url: options.url,
    token: options.token,
    onEvent: ({ event }) => {
      const at = performance.now();
      if (event === 'ready') ready();
      else if (event === 'change' && waiting) {
        const resolve = waiting;
        waiting = null;
        resolve(at);
      }
    },
  });
  try {
    await isReady;
    const latencies: number[] = [];
    for (let i = 0; i < options.samples; i += 1) {
      const arrived = new Promise<number>((resolve) => { waiting = resolve; });
      const start = performance.now();
      await options.trigger(i);
      latencies.push((await arrived) - start);
    }
    return latencies;
  } finally {
    stream.close();
  }
}
