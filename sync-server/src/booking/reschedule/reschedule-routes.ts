// Runs on the server. The invitee's reschedule API (DESIGN.md, "Reschedule"): the open times the
// booking may move to (its own time counted as free), and the move itself,
// `POST /api/public/bookings/{manageToken}/reschedule {start, timezone}` → 201 with the new
// booking and its manage URL; 409 slot_unavailable (the original untouched); 410 when the
// original is canceled, already rescheduled or begun. The manage token is the capability.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RedemptionContendedError, SlotUnavailableError } from '../booking-errors.ts';
import { findManagedBooking, type ManagedBooking } from '../find-managed-booking.ts';
import { listTargetSlots } from '../list-target-slots.ts';
import { parseSlotQuery } from '../parse-slot-query.ts';
import { PUBLIC_BODY_LIMIT, sendRateLimited } from '../public-api-routes.ts';
import type { PublicContext } from '../public-context.ts';
import { findRescheduleTarget } from './find-reschedule-target.ts';
import { parseRescheduleBody } from './parse-reschedule-body.ts';
import { rescheduleBooking } from './reschedule-booking.ts';
import { RescheduleRefusedError } from './reschedule-errors.ts';
import { registerReschedulePageRoutes } from './reschedule-page-routes.ts';

function tokenOf(request: FastifyRequest): string {
  return (request.params as { manageToken: string }).manageToken;
}

/** The booking, or null after answering 429 / 404 (a failed look-up counts against the client). */
async function lookUp(ctx: PublicContext, request: FastifyRequest, reply: FastifyReply): Promise<ManagedBooking | null> {
  if (ctx.lookups.isBlocked(request.ip)) {
    await sendRateLimited(reply);
    return null;
  }
  const managed = await findManagedBooking(ctx.store, tokenOf(request));
  if (managed) return managed;
  ctx.lookups.recordFailure(request.ip);
  await reply.code(404).send({ error: 'not_found' });
  return null;
}

/** The answer to a refused or failed reschedule, or a rethrow of anything else. */
export function sendRescheduleError(reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof RescheduleRefusedError) return reply.code(410).send({ error: 'booking_unavailable', reason: error.reason });
  if (error instanceof SlotUnavailableError) return reply.code(409).send({ error: 'slot_unavailable' });
  if (error instanceof RedemptionContendedError) return reply.code(503).header('retry-after', '1').send({ error: 'busy' });
  throw error;
}

export function registerRescheduleRoutes(scope: FastifyInstance, ctx: PublicContext): void {
  registerReschedulePageRoutes(scope, ctx);

  scope.get('/api/public/bookings/:manageToken/reschedule/slots', async (request, reply) => {
    const query = parseSlotQuery(request.query);
    if (!query.ok) return reply.code(400).send({ error: 'invalid_input', fields: query.errors });
    const managed = await lookUp(ctx, request, reply);
    if (!managed) return reply;
    const now = ctx.now();
    try {
      const target = await findRescheduleTarget(ctx.store, managed.host, managed.booking, now);
      return await listTargetSlots(ctx, target, { ...query.value, exceptBookingId: managed.booking.id }, now);
    } catch (error) {
      return sendRescheduleError(reply, error);
    }
  });

  scope.post('/api/public/bookings/:manageToken/reschedule', { bodyLimit: PUBLIC_BODY_LIMIT, onRequest: ctx.postLimit, decompress: false }, async (request, reply) => {
    const parsed = parseRescheduleBody(request.body);
    if (!parsed.ok) return reply.code(400).send({ error: 'invalid_input', fields: parsed.errors });
    const managed = await lookUp(ctx, request, reply);
    if (!managed) return reply;
    try {
      const { booking, manageToken } = await rescheduleBooking(ctx.store, managed.host, managed.booking, parsed.value, 'invitee', ctx.redemption);
      const { id, start, end, eventName, location } = booking;
      return reply.code(201).send({ booking: { id, start, end, eventName, location, manageUrl: ctx.manageUrlOf(manageToken) } });
    } catch (error) {
      return sendRescheduleError(reply, error);
    }
  });
}
