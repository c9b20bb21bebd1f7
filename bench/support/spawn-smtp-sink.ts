// Runs in Node (bench). The counting SMTP sink (smtp-sink-process.ts) as a child process.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { findFreePort } from '../../sync-server/src/testing/find-free-port.ts';

export interface SmtpSinkProcess {
  url: string;
  received(): Promise<number>;
  stop(): Promise<void>;
}

export async function spawnSmtpSink(): Promise<SmtpSinkProcess> {
  const port = await findFreePort();
  const child = fork(join(import.meta.dirname, 'smtp-sink-process.ts'), [], { env: { ...process.env, SINK_PORT: String(port) }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the SMTP sink exited with ${code}`)));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received: () => new Promise<number>((resolve) => {
      child.once('message', (m) => resolve((m as { count: number }).count));
      child.send({});
    }),
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.disconnect();
    }),
  };
}
