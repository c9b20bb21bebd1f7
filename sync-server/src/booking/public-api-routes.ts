// Runs on the server. The public JSON API (ARCHITECTURE.md, "The HTTP contract") for both kinds of booking target:
// `/api/public/links/{token}` and `/api/public/event-types/{hostSlug}/{eventSlug}`, each with
// `/slots` and `/bookings`. Answers and error bodies exactly as the contract has them.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { RedemptionContendedError, SlotUnavailableError, TargetUnavailableError } from './booking-errors.ts';
import { redeemBooking } from './redeem/redeem-booking.ts';
import { statusOfReason, type BookingTarget, type UnavailableReason } from './booking-target.ts';
import { listTargetSlots } from './list-target-slots.ts';
import { parseBookingBody } from './parse-booking-body.ts';
import { parseSlotQuery } from './parse-slot-query.ts';
import { answerLifetimeEnd } from './answer-lifetime.ts';
import { answerThroughViewCache } from './answer-through-view-cache.ts';
import { slotsViewKey } from './public-view-keys.ts';
import { lookUpTarget, type PublicContext } from './public-context.ts';
import { targetKeyOf } from './target-key-of.ts';

export const TARGET_API_PREFIXES = ['/api/public/links/:token', '/api/public/event-types/:hostSlug/:eventSlug'] as const;

const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Booking POSTs are small: the longest valid one is a few KB. */
export const PUBLIC_BODY_LIMIT = 16 * 1024;

export function sendUnavailable(reply: FastifyReply, reason: UnavailableReason): FastifyReply {
  return reply.code(statusOfReason(reason)).send({ error: 'link_unavailable', reason });
}

/** Over a failed look-up limit: the window is a minute. */
export function sendRateLimited(reply: FastifyReply): FastifyReply {
  return reply.code(429).header('retry-after', '60').send({ error: 'rate_limited' });
}

export function describeTarget(target: BookingTarget) {
  return {
    eventName: target.eventName,
    description: target.eventType.description,
    durationMinutes: target.rules.durationMinutes,
    location: target.location,
    hostName: target.host.name,
    contact: target.link?.contact ?? { name: '', email: '' },
  };
}

export function registerPublicApiRoutes(scope: FastifyInstance, ctx: PublicContext): void {

  for (const prefix of TARGET_API_PREFIXES) {
    scope.get(prefix, async (request, reply) => {
      const found = await lookUpTarget(ctx, request, targetKeyOf(request));
      if (found === 'limited') return sendRateLimited(reply);
      if (!found.ok) return sendUnavailable(reply, found.reason);
      return describeTarget(found.target);
    });

    scope.get(`${prefix}/slots`, async (request, reply) => {
      const query = parseSlotQuery(request.query);
      if (!query.ok) return reply.code(400).send({ error: 'invalid_input', fields: query.errors });
      const key = targetKeyOf(request);
      const sendJson = (r: FastifyReply, body: Buffer) => r.header('content-type', JSON_CONTENT_TYPE).send(body);
      return answerThroughViewCache(ctx, request, reply, slotsViewKey(key, query.value), sendJson, async () => {
        const now = ctx.now();
        const found = await lookUpTarget(ctx, request, key);
        if (found === 'limited') return { sent: sendRateLimited(reply) };
        if (!found.ok) return { sent: sendUnavailable(reply, found.reason) };
        const slots = await listTargetSlots(ctx, found.target, query.value, now);
        // The bytes Fastify's default serializer would send for the object.
        const body = Buffer.from(JSON.stringify(slots));
        return { answer: { body, hostId: found.target.host.id, until: answerLifetimeEnd(found.target, slots.days, now.getTime(), ctx.views.lifetimeMs) } };
      });
    });

    // Booking bodies are a few hundred bytes: a compressed one is refused as invalid JSON (400)
    // rather than inflated, which bounds what a request can make the server unpack.
    scope.post(`${prefix}/bookings`, { bodyLimit: PUBLIC_BODY_LIMIT, onRequest: ctx.postLimit, decompress: false }, async (request, reply) => {
      const parsed = parseBookingBody(request.body);
      if (!parsed.ok) return reply.code(400).send({ error: 'invalid_input', fields: parsed.errors });
      if (ctx.lookups.isBlocked(request.ip)) return sendRateLimited(reply);
      try {
        const { booking, manageToken } = await redeemBooking(ctx.store, targetKeyOf(request), parsed.value, ctx.redemption);
        const { id, start, end, eventName, location } = booking;
        return reply.code(201).send({ booking: { id, start, end, eventName, location, manageUrl: ctx.manageUrlOf(manageToken) } });
      } catch (error) {
        if (error instanceof TargetUnavailableError) {
          if (error.reason === 'not_found') ctx.lookups.recordFailure(request.ip);
          return sendUnavailable(reply, error.reason);
        }
        if (error instanceof SlotUnavailableError) return reply.code(409).send({ error: 'slot_unavailable' });
        if (error instanceof RedemptionContendedError) return reply.code(503).header('retry-after', '1').send({ error: 'busy' });
        throw error;
      }
    });
  }
}
