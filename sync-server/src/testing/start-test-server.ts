// Runs in tests (server side). The real app on a real port (0 = any free one) over a real store:
// a temp SQLite file by default, or the database given (e.g. an embedded PostgreSQL's).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { buildApp } from '../app/build-app.ts';
import type { ConnectionLimits, PublicLimits, ServerConfig } from '../config/load-config.ts';
import type { DatabaseConfig } from '../config/parse-database-url.ts';
import { createHost } from '../hosts/create-host.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';

export interface TestHost {
  hostId: string;
  slug: string;
  token: string;
}

export interface TestServer {
  baseUrl: string;
  port: number;
  store: Store;
  app: FastifyInstance;
  config: ServerConfig;
  /** Creates a host with a unique slug; `name`/`slug`/`timezone` may be given. */
  createHost(input?: { name?: string; slug?: string; timezone?: string }): Promise<TestHost>;
  /** Closes the app, then the store; removes the temp SQLite folder it made. */
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Default: a SQLite file in a new temp folder. */
  database?: DatabaseConfig;
  /** Default 0 (any free port). */
  port?: number;
  /** Stream heartbeat; default 25 s. */
  heartbeatMs?: number;
  /** Default: no logs. */
  logger?: FastifyBaseLogger | false;
  /** Reuse an open store instead of opening one (it is then not closed by close()). */
  store?: Store;
  /** Public rate limits (default: high enough for any test that does not test them). */
  publicLimits?: PublicLimits;
  /** Timeouts and the connection bound (default: the production defaults). */
  connectionLimits?: ConnectionLimits;
}

let hostCounter = 0;

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  let tempDir: string | null = null;
  let database = options.database;
  if (!database) {
    tempDir = await mkdtemp(join(tmpdir(), 'scheduler-server-'));
    database = { kind: 'sqlite', path: join(tempDir, 'scheduler.sqlite') };
  }
  const store = options.store ?? (await openStore(database));
  const config: ServerConfig = {
    port: options.port ?? 0,
    host: '127.0.0.1',
    database,
    publicUrl: 'http://localhost',
    logLevel: 'silent',
    streamHeartbeatMs: options.heartbeatMs ?? 25_000,
    trustProxy: false,
    publicLimits: options.publicLimits ?? { bookingsPerMinute: 100_000, failedLookupsPerMinute: 100_000 },
    ...(options.connectionLimits ? { connectionLimits: options.connectionLimits } : {}),
  };
  const app = await buildApp({ store, config, logger: options.logger ?? false });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const baseUrl = `http://127.0.0.1:${port}`;
  config.publicUrl = `http://localhost:${port}`;

  return {
    baseUrl,
    port,
    store,
    app,
    config,
    async createHost(input = {}) {
      hostCounter += 1;
      const slug = input.slug ?? `host-${process.pid}-${hostCounter}-${Math.random().toString(36).slice(2, 8)}`;
      const { host, token } = await createHost(store, { name: input.name ?? `Host ${hostCounter}`, slug, timezone: input.timezone ?? 'Europe/Berlin' });
      return { hostId: host.id, slug: host.slug, token };
    },
    async close() {
      await app.close();
      if (!options.store) await store.close();
      if (tempDir) await rm(tempDir, { recursive: true, force: true });
    },
  };
}
