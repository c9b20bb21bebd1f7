// Runs on the server. What every public route needs: the store, the configuration, the limiter of
// failed token look-ups and the clock.
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { createZoneOffsetCache, type ZoneOffsetCache } from '../../../core/slots/index.ts';
import { manageUrl } from '../../../core/urls/index.ts';
import { DEFAULT_PUBLIC_LIMITS, type PublicLimits, type ServerConfig } from '../config/load-config.ts';
import type { Store } from '../store/store.ts';
import type { TargetResult } from './booking-target.ts';
import { createFailedLookupLimiter, type FailedLookupLimiter } from './failed-lookup-limiter.ts';
import { findTarget, type TargetKey } from './find-target.ts';
import { createPublicViewCache, type PublicViewCache } from './public-view-cache.ts';
import type { RedeemDeps } from './redeem/redeem-booking.ts';

export interface PublicContext {
  store: Store;
  config: ServerConfig;
  limits: PublicLimits;
  lookups: FailedLookupLimiter;
  /** One per-IP budget shared by every booking and cancel POST (JSON and form), as an onRequest hook. */
  postLimit: onRequestAsyncHookHandler;
  now(): Date;
  /** What redeemBooking takes besides the request (the clock). */
  redemption: RedeemDeps;
  manageUrlOf(manageToken: string): string;
  /** What the slot engine has learned of time zones, kept for the process (core keeps nothing itself). */
  zoneOffsets: ZoneOffsetCache;
  /** Finished answers of the page and slots GETs (see public-view-cache.ts). */
  views: PublicViewCache;
}

export interface PublicContextOptions {
  /** Default: none (a cache that keeps nothing). */
  views?: PublicViewCache;
  /** Default: the system clock. Tests move time with it. */
  now?: () => Date;
}

export function createPublicContext(store: Store, config: ServerConfig, postLimit: onRequestAsyncHookHandler, options: PublicContextOptions = {}): PublicContext {
  const limits = publicLimitsOf(config);
  const zoneOffsets = createZoneOffsetCache();
  const ctx: PublicContext = {
    store,
    config,
    limits,
    postLimit,
    lookups: createFailedLookupLimiter(limits.failedLookupsPerMinute),
    now: options.now ?? (() => new Date()),
    // Read PUBLIC_URL per call: tests learn their port after the app is built.
    manageUrlOf: (manageToken) => manageUrl(config.publicUrl, manageToken),
    redemption: { now: () => ctx.now(), zoneOffsets, manageUrlOf: (manageToken) => ctx.manageUrlOf(manageToken) },
    zoneOffsets,
    views: options.views ?? createPublicViewCache({ lifetimeMs: 0 }),
  };
  return ctx;
}

export function publicLimitsOf(config: ServerConfig): PublicLimits {
  return config.publicLimits ?? DEFAULT_PUBLIC_LIMITS;
}

/** A token look-up that counts toward the client's failed look-ups; 'limited' when it is over them. */
export async function lookUpTarget(ctx: PublicContext, request: FastifyRequest, key: TargetKey): Promise<TargetResult | 'limited'> {
  if (ctx.lookups.isBlocked(request.ip)) return 'limited';
  const result = await findTarget(ctx.store, key, ctx.now());
  if (!result.ok && result.reason === 'not_found') ctx.lookups.recordFailure(request.ip);
  return result;
}
