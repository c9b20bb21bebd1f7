// Runs on the server. The Fastify application: health, host endpoints (/api/me, replication,
// live stream) behind bearer auth, one error shape. `main.ts` and every test build it this way.
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import { registerAppUi } from '../app-ui/serve-app-ui.ts';
import { registerHomePage } from '../app-ui/serve-home-page.ts';
import { authenticateHost } from '../auth/authenticate-host.ts';
import { connectViewCache } from '../booking/connect-view-cache.ts';
import { createPublicViewCache } from '../booking/public-view-cache.ts';
import { registerPublicRoutes } from '../booking/register-public-routes.ts';
import { registerHostRescheduleRoutes } from '../booking/reschedule/host-reschedule-routes.ts';
import { DEFAULT_CONNECTION_LIMITS, DEFAULT_PUBLIC_VIEW_CACHE_MS, type ServerConfig } from '../config/load-config.ts';
import { registerHostPhotoRoute } from '../hosts/host-photo-route.ts';
import { registerMePhotoRoutes } from '../hosts/me-photo-routes.ts';
import { registerMeRoute } from '../hosts/me-route.ts';
import { registerLinkRoutes } from '../links/link-routes.ts';
import { registerOutboxRoutes } from '../outbox/outbox-routes.ts';
import type { Store } from '../store/store.ts';
import { registerPullRoute } from '../sync/pull-route.ts';
import { registerPushRoute } from '../sync/push-route.ts';
import { createStreamHub, type StreamHub } from '../sync/stream-hub.ts';
import { registerStreamRoute } from '../sync/stream-route.ts';
import { registerWebhookRoutes } from '../webhooks/webhook-routes.ts';
import { allowAnyOrigin, registerPreflightRoutes } from './allow-cross-origin.ts';
import { closeIdleSocketsOnShutdown } from './close-idle-sockets.ts';
import { createLogger } from './create-logger.ts';
import { installErrorHandlers } from './error-handler.ts';
import { httpServerOptions } from './http-server-options.ts';
import { refuseDeepBodies } from './refuse-deep-bodies.ts';
import { createStoreHealth } from './store-health.ts';

export interface BuildAppOptions {
  store: Store;
  config: ServerConfig;
  /** A pino logger (tests pass one writing to memory), false for none; default: pino on stdout at config.logLevel. */
  logger?: FastifyBaseLogger | false;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The live-stream connections of this app (closed on app.close()). */
    streamHub: StreamHub;
  }
}

export async function buildApp({ store, config, logger }: BuildAppOptions): Promise<FastifyInstance> {
  const connectionLimits = config.connectionLimits ?? DEFAULT_CONNECTION_LIMITS;
  const app: FastifyInstance = Fastify({
    // Slow clients cannot hold a socket for good (the live stream lifts the idle timeout itself).
    ...httpServerOptions(connectionLimits),
    loggerInstance: logger === false ? createLogger('silent') : (logger ?? createLogger(config.logLevel)),
    // On close: refuse new requests with 503, let in-flight ones finish, drop idle keep-alives.
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    trustProxy: config.trustProxy,
    // Link tokens may be up to 128 characters (the links schema); the default limit is 100.
    routerOptions: { maxParamLength: 200 },
    // Router errors (a malformed URL, an overlong path segment) in the one error shape, without echoing the URL.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
      void reply.code(status).send({ error: status === 414 ? 'uri_too_long' : 'bad_url' });
    },
  });
  installErrorHandlers(app);
  // Before any route is registered, so every scope inherits it.
  refuseDeepBodies(app);
  // Past the limit node drops new sockets at once, before any request is read.
  app.server.maxConnections = connectionLimits.maxConnections;
  app.decorateRequest('authenticatedHost', null);

  const hub = createStreamHub(store, { heartbeatMs: config.streamHeartbeatMs });
  app.decorate('streamHub', hub);
  // Stream responses never finish by themselves: end them first, or close would wait forever.
  app.addHook('preClose', async () => { hub.closeAll(); });
  closeIdleSocketsOnShutdown(app);

  // The public GETs' answer cache; every commit drops its host's answers (connect-view-cache.ts).
  const views = createPublicViewCache({ lifetimeMs: config.publicViewCacheMs ?? DEFAULT_PUBLIC_VIEW_CACHE_MS });
  const disconnectViews = connectViewCache(store, views);
  app.addHook('onClose', async () => { disconnectViews(); });

  // `ok` alone is the contract; `store` says whether the database answers (503 while it does not).
  const storeHealth = createStoreHealth(store);
  // Probes poll it every second or so: its requests are not logged (a thrown error still is).
  app.get('/api/health', { logLevel: 'warn' }, async (_request, reply) => {
    const state = await storeHealth.check();
    if (state === 'ok') return { ok: true, store: 'ok' };
    return reply.code(503).header('retry-after', '2').send({ ok: false, store: 'unavailable' });
  });
  registerPreflightRoutes(app);

  await app.register(async (hostScope) => {
    hostScope.addHook('onRequest', allowAnyOrigin);
    hostScope.addHook('onRequest', authenticateHost(store));
    registerMeRoute(hostScope, store, config);
    registerMePhotoRoutes(hostScope, store, config);
    await registerLinkRoutes(hostScope, store, config);
    registerWebhookRoutes(hostScope, store, config);
    registerOutboxRoutes(hostScope, store);
    registerHostRescheduleRoutes(hostScope, store, config);
    registerPullRoute(hostScope, store);
    registerPushRoute(hostScope, store);
    registerStreamRoute(hostScope, hub);
  });
  // Invitees' pages and the public API: no auth (the token in the URL is the capability).
  await registerPublicRoutes(app, store, config, { views });
  registerHostPhotoRoute(app, store);
  await registerAppUi(app);
  registerHomePage(app);

  return app;
}
