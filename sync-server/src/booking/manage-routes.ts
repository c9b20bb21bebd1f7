// Runs on the server. The invitee's booking management: the page (/m/{manageToken}) with its no-JS
// cancel form, and the API behind them (.ics and cancel). The manage token is the capability.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderManagePage, renderNotFoundPage } from '../pages/index.ts';
import { CancelRefusedError } from './booking-errors.ts';
import { buildBookingIcs } from './build-booking-ics.ts';
import { validateCancelRequest } from '../../../core/validation/index.ts';
import { cancelBooking } from './cancel-booking.ts';
import { findManagedBooking, type ManagedBooking } from './find-managed-booking.ts';
import { manageViewOf } from './manage-view-of.ts';
import { PUBLIC_BODY_LIMIT, sendRateLimited } from './public-api-routes.ts';
import type { PublicContext } from './public-context.ts';
import { pageForStatus } from './render-message-page.ts';
import { sendPage } from './send-page.ts';

function tokenOf(request: FastifyRequest): string {
  return (request.params as { manageToken: string }).manageToken;
}

/** The booking, or null after answering (429 when the client failed too often, 404 when unknown). */
async function lookUp(ctx: PublicContext, request: FastifyRequest, reply: FastifyReply, asPage: boolean): Promise<ManagedBooking | null> {
  if (ctx.lookups.isBlocked(request.ip)) {
    if (asPage) await sendPage(reply, 429, pageForStatus(429));
    else await sendRateLimited(reply);
    return null;
  }
  const managed = await findManagedBooking(ctx.store, tokenOf(request));
  if (managed) return managed;
  ctx.lookups.recordFailure(request.ip);
  if (asPage) await sendPage(reply, 404, renderNotFoundPage());
  else await reply.code(404).send({ error: 'not_found' });
  return null;
}

export function registerManageRoutes(scope: FastifyInstance, ctx: PublicContext): void {

  scope.get('/m/:manageToken', async (request, reply) => {
    const managed = await lookUp(ctx, request, reply, true);
    if (!managed) return reply;
    return sendPage(reply, 200, renderManagePage(manageViewOf(tokenOf(request), managed.host.name, managed.booking, ctx.now())));
  });

  scope.post('/m/:manageToken/cancel', { bodyLimit: PUBLIC_BODY_LIMIT, onRequest: ctx.postLimit }, async (request, reply) => {
    const managed = await lookUp(ctx, request, reply, true);
    if (!managed) return reply;
    const token = tokenOf(request);
    const form = (request.body ?? {}) as Record<string, unknown>;
    const parsed = validateCancelRequest({ reason: form['reason'] });
    if (!parsed.ok) {
      const reason = typeof form['reason'] === 'string' ? form['reason'] : '';
      return sendPage(reply, 400, renderManagePage(manageViewOf(token, managed.host.name, managed.booking, ctx.now(), { errors: parsed.errors, reason })));
    }
    try {
      const canceled = await cancelBooking(ctx.store, managed, token, parsed.value.reason, ctx.now());
      return sendPage(reply, 200, renderManagePage(manageViewOf(token, managed.host.name, canceled, ctx.now(), { notice: 'canceled' })));
    } catch (error) {
      if (!(error instanceof CancelRefusedError)) throw error;
      // Already canceled or begun: show the booking as it is now.
      const now = await findManagedBooking(ctx.store, token);
      if (!now) return sendPage(reply, 404, renderNotFoundPage());
      return sendPage(reply, 409, renderManagePage(manageViewOf(token, now.host.name, now.booking, ctx.now())));
    }
  });

  scope.get('/api/public/bookings/:manageToken/ics', async (request, reply) => {
    const managed = await lookUp(ctx, request, reply, false);
    if (!managed) return reply;
    const ics = buildBookingIcs({ booking: managed.booking, hostName: managed.host.name, manageUrl: ctx.manageUrlOf(tokenOf(request)) });
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', 'attachment; filename="booking.ics"')
      .send(ics);
  });

  scope.post('/api/public/bookings/:manageToken/cancel', { bodyLimit: PUBLIC_BODY_LIMIT, onRequest: ctx.postLimit }, async (request, reply) => {
    const parsed = validateCancelRequest(request.body);
    if (!parsed.ok) return reply.code(400).send({ error: 'invalid_input', fields: parsed.errors });
    const managed = await lookUp(ctx, request, reply, false);
    if (!managed) return reply;
    try {
      const canceled = await cancelBooking(ctx.store, managed, tokenOf(request), parsed.value.reason, ctx.now());
      const { id, status, canceledAt, canceledBy, cancelReason } = canceled;
      return { booking: { id, status, canceledAt, canceledBy, cancelReason } };
    } catch (error) {
      if (!(error instanceof CancelRefusedError)) throw error;
      if (error.code === 'not_found') return reply.code(404).send({ error: 'not_found' });
      return reply.code(409).send({ error: error.code });
    }
  });
}
