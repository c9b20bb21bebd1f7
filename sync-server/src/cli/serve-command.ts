// Runs on the server (CLI). Serves until SIGTERM/SIGINT, then shuts down gracefully: stop
// accepting, end stream connections, let in-flight requests finish, close the database.
import { buildApp } from '../app/build-app.ts';
import { createLogger } from '../app/create-logger.ts';
import type { ServerConfig } from '../config/load-config.ts';
import { startFeedFetcher } from '../feeds/start-feed-fetcher.ts';
import { startOutbox } from '../outbox/start-outbox.ts';
import { openStore } from '../store/open-store.ts';
import { checkPostgresWritable } from './check-postgres-writable.ts';
import { CliError } from './cli-error.ts';
import { installHeapProbe } from './heap-probe.ts';

/** A shutdown that hangs (a stuck request) must not keep the process forever. */
const SHUTDOWN_DEADLINE_MS = 15_000;

export async function serveCommand(config: ServerConfig): Promise<void> {
  const logger = createLogger(config.logLevel);
  // SQLite's opening probes a write itself (open-sqlite-database.ts).
  if (config.database.kind === 'postgres') await checkPostgresWritable(config.database.url);
  const store = await openStore(config.database, { onProblem: (message) => logger.warn(message) });
  const app = await buildApp({ store, config, logger });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close().catch(() => {});
    await store.close().catch(() => {});
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${config.port} on ${config.host} is already in use (set PORT to another one)`);
    if (code === 'EACCES') throw new CliError(`no permission to listen on port ${config.port} on ${config.host}`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`HOST ${config.host} is not an address of this machine`);
    throw error;
  }
  logger.info({ database: config.database.kind, publicUrl: config.publicUrl }, 'sync server ready');
  // Sends what the outbox holds, also what a killed process left there (invariant 7).
  const outbox = startOutbox(store, config, logger);
  // Keeps the hosts' calendar feeds fresh in the background (CALENDAR_FEED_REFRESH_SECONDS).
  const feeds = startFeedFetcher({ store, allowPrivate: config.allowPrivateFetch ?? false, refreshMs: (config.calendarFeedRefreshSeconds ?? 300) * 1000, log: logger });
  installHeapProbe();

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS);
    deadline.unref();
    void (async () => {
      let code = 0;
      try {
        await app.close();
        await outbox.stop();
        await feeds.stop();
        outbox.closeMail();
        await store.close();
        logger.info('stopped');
      } catch (error) {
        logger.error({ err: error }, 'shutdown failed');
        code = 1;
      }
      process.exit(code);
    })();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}
