// Runs in Node (bench). Starts bare-server-main.ts as a child process (the server under test runs
// in its own process too, so neither shares an event loop with the load generator).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface BareServer {
  baseUrl: string;
  stop(): Promise<void>;
}

const MAIN = join(import.meta.dirname, 'bare-server-main.ts');

export function spawnBareServer(env: Record<string, string>): Promise<BareServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [MAIN], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += String(chunk);
      const port = /listening (\d+)/.exec(output)?.[1];
      if (!port) return;
      child.stdout?.off('data', onData);
      resolve({
        baseUrl: `http://127.0.0.1:${port}`,
        stop: () => new Promise((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => { output += String(chunk); });
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}: ${output}`)));
  });
}
