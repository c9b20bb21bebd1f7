// Runs on the server. parseFeedBusy in a worker thread (parse-feed-worker.ts), one worker per
// process, started on first use and never holding the process open. A feed refresh then costs the
// request path nothing but the copy of the text; feeds are read one after another in the worker.
import { Worker } from 'node:worker_threads';
import { MalformedFeedError, type FeedBusy, type FeedBusyOptions } from './parse-feed-busy.ts';

type Reply = { id: number; ok: true; result: FeedBusy } | { id: number; ok: false; name: string; message: string };

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (busy: FeedBusy) => void; reject: (error: Error) => void }>();

function workerOf(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./parse-feed-worker.ts', import.meta.url));
  started.unref();
  started.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.result);
    else waiting.reject(reply.name === 'MalformedFeedError' ? new MalformedFeedError(reply.message) : new Error(reply.message));
  });
  // A worker that dies (out of memory on a hostile feed) fails what it held; the next call starts another.
  const fail = (error: Error) => {
    if (worker === started) worker = null;
    for (const waiting of pending.values()) waiting.reject(new MalformedFeedError(`could not read the feed: ${error.message}`));
    pending.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`the reader stopped (${code})`)));
  worker = started;
  return started;
}

export function parseFeedOffThread(text: string, options: FeedBusyOptions): Promise<FeedBusy> {
  return new Promise<FeedBusy>((resolve, reject) => {
    nextId += 1;
    const id = nextId;
    const target = workerOf();
    pending.set(id, { resolve, reject });
    target.ref();
    target.postMessage({ id, text, options });
  }).finally(() => {
    if (pending.size === 0) worker?.unref();
  });
}
