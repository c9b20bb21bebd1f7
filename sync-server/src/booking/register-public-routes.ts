// Runs on the server. Everything an invitee reaches, in one encapsulated scope (no bearer auth):
// the booking and management pages, their static files and the public JSON API. The scope adds the
// hardening of the public surface: security headers with the pages' strict CSP, compression, form
// bodies for the no-JS posts, per-IP rate limits, and answers for errors in the page's own terms.
import compress from '@fastify/compress';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyError, FastifyInstance } from 'fastify';
import { isDatabaseUnavailable } from '../app/is-database-unavailable.ts';
import type { ServerConfig } from '../config/load-config.ts';
import { PAGE_ASSETS, PAGE_CSP } from '../pages/index.ts';
import type { Store } from '../store/store.ts';
import { registerBookingPageRoutes } from './booking-page-routes.ts';
import { registerManageRoutes } from './manage-routes.ts';
import { registerRescheduleRoutes } from './reschedule/reschedule-routes.ts';
import { PUBLIC_BODY_LIMIT, registerPublicApiRoutes } from './public-api-routes.ts';
import { createPublicContext, publicLimitsOf } from './public-context.ts';
import type { PublicViewCache } from './public-view-cache.ts';
import { pageForStatus, UNAVAILABLE_RETRY_AFTER_SECONDS } from './render-message-page.ts';
import { sendPage } from './send-page.ts';

export interface PublicRouteOptions {
  /** Default: the system clock. Tests move time with it. */
  now?: () => Date;
  /**
   * The answer cache, already connected to `store` (connect-view-cache.ts: the app does it, so its
   * pushes drop answers too).
   */
  views: PublicViewCache;
}

export async function registerPublicRoutes(app: FastifyInstance, store: Store, config: ServerConfig, options: PublicRouteOptions): Promise<void> {
  await app.register(async (scope) => {
    // Helmet's headers; the CSP is set beside them rather than by helmet, so it is exactly the
    // one the pages are built for.
    await scope.register(helmet, { contentSecurityPolicy: false, referrerPolicy: { policy: 'no-referrer' }, frameguard: { action: 'deny' } });
    scope.addHook('onRequest', (request, reply, done) => {
      // Not on the static scripts and stylesheet: they are no documents, so the policy would only
      // add its bytes to each of a page's dozen requests (the page's own answer carries it).
      if (!Object.hasOwn(PAGE_ASSETS, request.url)) reply.header('content-security-policy', PAGE_CSP);
      reply.header('cache-control', 'no-store');
      done();
    });
    await scope.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
    await scope.register(formbody, { bodyLimit: PUBLIC_BODY_LIMIT });
    await scope.register(rateLimit, { global: false, keyGenerator: (request) => request.ip });
    // One limiter (one counter store) for all booking and cancel POSTs: per-route limits would
    // give a client the budget once per route.
    const postLimit = scope.rateLimit({ max: publicLimitsOf(config).bookingsPerMinute, timeWindow: 60_000 });
    const ctx = createPublicContext(store, config, postLimit, { views: options.views, now: options.now });

    // Pages answer errors as pages; the API (and anything else) keeps the app's JSON error shape.
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      if (request.url.startsWith('/api/')) throw error;
      // A database that cannot be reached is not a bug: a friendly "try again shortly" page with
      // Retry-After, like the API's 503 (the app's handler does that for JSON answers).
      if (isDatabaseUnavailable(error)) {
        request.log.warn({ err: error }, 'database unavailable');
        return sendPage(reply.header('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS)), 503, pageForStatus(503));
      }
      const status = typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) request.log.error({ err: error }, 'request failed');
      return sendPage(reply, status, pageForStatus(status));
    });

    for (const [url, asset] of Object.entries(PAGE_ASSETS)) {
      scope.get(url, async (_request, reply) => reply.header('content-type', asset.contentType).header('cache-control', asset.cacheControl).send(asset.body));
    }
    registerPublicApiRoutes(scope, ctx);
    registerBookingPageRoutes(scope, ctx);
    registerManageRoutes(scope, ctx);
    registerRescheduleRoutes(scope, ctx);
  });
}
