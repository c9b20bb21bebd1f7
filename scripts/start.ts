// Runs in Node: `npm start`. Builds the app, starts the sync server on its embedded SQLite
// default, provisions a local host on first run, and launches the desktop app connected to it.
// Where the Electron binary is missing (it cannot be downloaded on some machines), says so in one
// line, keeps the server running and prints the URL of the same UI in a browser.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { provisionLocalHost } from './lib/provision-local-host.ts';
import { findElectronBinary } from './lib/find-electron-binary.ts';
import { waitForHealth } from './lib/wait-for-health.ts';
import { browserSetupUrl } from './lib/browser-setup-url.ts';
import { prettyServerLogs } from './lib/pretty-server-logs.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8787);
const serverUrl = process.env.PUBLIC_URL ?? `http://localhost:${port}`;

console.log('==> Building the desktop app (electron-vite build)');
const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const host = provisionLocalHost(root);

console.log(`==> Starting the sync server on ${serverUrl} (${process.env.DATABASE_URL ?? 'sqlite:./data/scheduler.sqlite'})`);
const server = spawn(process.execPath, ['sync-server/src/main.ts'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
prettyServerLogs(server.stdout);
server.on('exit', (code) => {
  console.log(`sync server exited (${code ?? 'signal'})`);
  process.exit(code ?? 0);
});
const stop = (): void => {
  server.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

await waitForHealth(`http://127.0.0.1:${port}/api/health`, 20_000);

const electron = findElectronBinary(root);
if (electron) {
  console.log('==> Launching the desktop app');
  const app = spawn(electron, ['.'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SCHEDULER_SERVER_URL: serverUrl, SCHEDULER_HOST_TOKEN: host.token },
  });
  app.on('exit', stop);
} else {
  console.log(
    `Electron's binary is not installed on this machine, so the desktop window cannot open; the server keeps running. Open the same app in a browser: ${browserSetupUrl(serverUrl, host.token)}`,
  );
}
