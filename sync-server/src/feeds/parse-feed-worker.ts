// Runs on the server, in a worker thread. Reads feeds for parse-feed-off-thread.ts: ical.js's
// expansion of a large feed takes hundreds of milliseconds, which on the main thread would hold
// every request waiting (the issue asks that a refresh never blocks one).
import { parentPort } from 'node:worker_threads';
import { parseFeedBusy, type FeedBusyOptions } from './parse-feed-busy.ts';

parentPort?.on('message', (message: { id: number; text: string; options: FeedBusyOptions }) => {
  try {
    parentPort?.postMessage({ id: message.id, ok: true, result: parseFeedBusy(message.text, message.options) });
  } catch (error) {
    const { name, message: text } = error instanceof Error ? error : { name: 'Error', message: String(error) };
    parentPort?.postMessage({ id: message.id, ok: false, name, message: text });
  }
});
