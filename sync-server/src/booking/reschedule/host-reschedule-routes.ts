// Runs on the server. The host reschedules from the desktop (DESIGN.md, "Reschedule": our choice is
// an authenticated endpoint, not a push): the desktop knows the server and holds the host's token,
// and an endpoint answers at once whether the time was free, which a push settled later could not.
//   GET  /api/bookings/{id}/slots?from&to&timezone → the open times the booking may move to;
//   POST /api/bookings/{id}/reschedule {start, timezone?} → 201 {booking, manageUrl}; 409; 410; 404.
// The same rule as the invitee's (reschedule-booking.ts); the new booking replicates to every device.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createZoneOffsetCache } from '../../../../core/slots/index.ts';
import { manageUrl } from '../../../../core/urls/index.ts';
import { requireHost } from '../../auth/authenticate-host.ts';
import type { ServerConfig } from '../../config/load-config.ts';
import type { BookingDoc, Replicated } from '../../../../core/schemas/index.ts';
import type { Host, Store } from '../../store/store.ts';
import { listTargetSlots } from '../list-target-slots.ts';
import { parseSlotQuery } from '../parse-slot-query.ts';
import { PUBLIC_BODY_LIMIT } from '../public-api-routes.ts';
import { findRescheduleTarget } from './find-reschedule-target.ts';
import { parseRescheduleBody } from './parse-reschedule-body.ts';
import { rescheduleBooking } from './reschedule-booking.ts';
import { sendRescheduleError } from './reschedule-routes.ts';

const ID_RE = /^[A-Za-z0-9-]{1,64}$/;

/** The host's own booking, or null after answering 404 (another host's id is as unknown as none). */
async function ownBooking(store: Store, host: Host, request: FastifyRequest, reply: FastifyReply): Promise<Replicated<BookingDoc> | null> {
  const { id } = request.params as { id: string };
  const booking = ID_RE.test(id) ? (await store.getDocs(host.id, 'bookings', [id])).get(id)?.doc : undefined;
  if (booking && !booking._deleted) return booking;
  await reply.code(404).send({ error: 'not_found' });
  return null;
}

export function registerHostRescheduleRoutes(scope: FastifyInstance, store: Store, config: Pick<ServerConfig, 'publicUrl'>, now: () => Date = () => new Date()): void {
  const zoneOffsets = createZoneOffsetCache();

  scope.get('/api/bookings/:id/slots', async (request, reply) => {
    const host = requireHost(request);
    const query = parseSlotQuery(request.query);
    if (!query.ok) return reply.code(400).send({ error: 'invalid_input', fields: query.errors });
    const booking = await ownBooking(store, host, request, reply);
    if (!booking) return reply;
    const at = now();
    try {
      const target = await findRescheduleTarget(store, host, booking, at);
      return await listTargetSlots({ store, zoneOffsets }, target, { ...query.value, exceptBookingId: booking.id }, at);
    } catch (error) {
      return sendRescheduleError(reply, error);
    }
  });

  scope.post('/api/bookings/:id/reschedule', { bodyLimit: PUBLIC_BODY_LIMIT }, async (request, reply) => {
    const host = requireHost(request);
    const parsed = parseRescheduleBody(request.body, host.timezone);
    if (!parsed.ok) return reply.code(400).send({ error: 'invalid_input', fields: parsed.errors });
    const booking = await ownBooking(store, host, request, reply);
    if (!booking) return reply;
    try {
      const result = await rescheduleBooking(store, host, booking, parsed.value, 'host', {
        now, zoneOffsets, manageUrlOf: (token) => manageUrl(config.publicUrl, token),
      });
      return reply.code(201).send({ booking: result.booking, manageUrl: manageUrl(config.publicUrl, result.manageToken) });
    } catch (error) {
      return sendRescheduleError(reply, error);
    }
  });
}
