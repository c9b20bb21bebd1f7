// Runs on the server. The invitee's reschedule pages, without JavaScript (DESIGN.md, "Reschedule"):
// GET /m/{manageToken}/reschedule?date=&tz= shows a week of open times (the booking's own time
// and place counted as free), POST /m/{manageToken}/reschedule {start, timezone} (a form) moves
// the booking and answers with the new manage link; a time taken meanwhile shows the week again
// with a note (409), a booking that cannot move says why (410). The same rule as the API.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderNotFoundPage } from '../../pages/index.ts';
import { renderCannotReschedulePage, renderReschedulePage, renderRescheduledPage, type ReschedulePageView } from '../../pages/render-reschedule-page.ts';
import { SlotUnavailableError } from '../booking-errors.ts';
import { findManagedBooking, type ManagedBooking } from '../find-managed-booking.ts';
import { listTargetSlots } from '../list-target-slots.ts';
import { addDays, daysBetween, todayIn } from '../local-dates.ts';
import { PUBLIC_BODY_LIMIT } from '../public-api-routes.ts';
import type { PublicContext } from '../public-context.ts';
import { pageForStatus } from '../render-message-page.ts';
import { sendPage } from '../send-page.ts';
import { findRescheduleTarget } from './find-reschedule-target.ts';
import { parseRescheduleBody } from './parse-reschedule-body.ts';
import { rescheduleBooking } from './reschedule-booking.ts';
import { RescheduleRefusedError, type RescheduleRefusal } from './reschedule-errors.ts';
import { isKnownTimeZone } from '../../app/known-time-zone.ts';

const WEEK = 7;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const WHY: Record<RescheduleRefusal, string> = {
  canceled: 'It was canceled.',
  rescheduled: 'It was moved to another time already; the new time has its own page, linked from your confirmation.',
  started: 'It has already begun.',
  unavailable: 'Its meeting type is no longer offered. Please contact the host.',
};

function tokenOf(request: FastifyRequest): string {
  return (request.params as { manageToken: string }).manageToken;
}

async function lookUp(ctx: PublicContext, request: FastifyRequest, reply: FastifyReply): Promise<ManagedBooking | null> {
  if (ctx.lookups.isBlocked(request.ip)) {
    await sendPage(reply, 429, pageForStatus(429));
    return null;
  }
  const managed = await findManagedBooking(ctx.store, tokenOf(request));
  if (managed) return managed;
  ctx.lookups.recordFailure(request.ip);
  await sendPage(reply, 404, renderNotFoundPage());
  return null;
}

/** The week of open times from `date` (today in the zone when absent or out of range). */
async function weekView(ctx: PublicContext, managed: ManagedBooking, zoneAsked: unknown, dateAsked: unknown, error?: ReschedulePageView['error']): Promise<ReschedulePageView> {
  const now = ctx.now();
  const { booking, host } = managed;
  const timezone = typeof zoneAsked === 'string' && zoneAsked.length <= 64 && isKnownTimeZone(zoneAsked) ? zoneAsked : booking.invitee.timezone;
  const target = await findRescheduleTarget(ctx.store, host, booking, now);
  const today = todayIn(timezone, now);
  const last = addDays(today, target.rules.horizonDays);
  let from = typeof dateAsked === 'string' && DATE_RE.test(dateAsked) && !Number.isNaN(Date.parse(dateAsked)) ? dateAsked : today;
  if (from < today || from > last) from = today;
  const slots = await listTargetSlots(ctx, target, { from, to: addDays(from, WEEK - 1), timezone, exceptBookingId: booking.id }, now);
  const back = daysBetween(today, from);
  return {
    manageToken: '', hostName: host.name, eventName: booking.eventName, start: booking.start, end: booking.end, timezone, from,
    earlier: back > 0 ? addDays(from, -Math.min(WEEK, back)) : null,
    later: addDays(from, WEEK) <= last ? addDays(from, WEEK) : null,
    days: slots.days,
    ...(error ? { error } : {}),
  };
}

export function registerReschedulePageRoutes(scope: FastifyInstance, ctx: PublicContext): void {
  scope.get('/m/:manageToken/reschedule', async (request, reply) => {
    const managed = await lookUp(ctx, request, reply);
    if (!managed) return reply;
    const query = (request.query ?? {}) as Record<string, unknown>;
    try {
      const view = await weekView(ctx, managed, query['tz'], query['date']);
      return sendPage(reply, 200, renderReschedulePage({ ...view, manageToken: tokenOf(request) }));
    } catch (error) {
      if (error instanceof RescheduleRefusedError) return sendPage(reply, 410, renderCannotReschedulePage(managed.host.name, WHY[error.reason]));
      throw error;
    }
  });

  scope.post('/m/:manageToken/reschedule', { bodyLimit: PUBLIC_BODY_LIMIT, onRequest: ctx.postLimit }, async (request, reply) => {
    const managed = await lookUp(ctx, request, reply);
    if (!managed) return reply;
    const form = (request.body ?? {}) as Record<string, unknown>;
    const token = tokenOf(request);
    const again = async (status: number, error: ReschedulePageView['error']) => {
      const view = await weekView(ctx, managed, form['timezone'], typeof form['start'] === 'string' ? form['start'].slice(0, 10) : undefined, error);
      return sendPage(reply, status, renderReschedulePage({ ...view, manageToken: token }));
    };
    try {
      const parsed = parseRescheduleBody({ start: form['start'], timezone: form['timezone'] });
      if (!parsed.ok) return await again(400, 'invalid');
      const { booking, manageToken } = await rescheduleBooking(ctx.store, managed.host, managed.booking, parsed.value, 'invitee', ctx.redemption);
      return await sendPage(reply, 200, renderRescheduledPage({
        hostName: managed.host.name, eventName: booking.eventName, start: booking.start, end: booking.end, timezone: parsed.value.timezone, manageUrl: ctx.manageUrlOf(manageToken),
      }));
    } catch (error) {
      if (error instanceof RescheduleRefusedError) return sendPage(reply, 410, renderCannotReschedulePage(managed.host.name, WHY[error.reason]));
      if (error instanceof SlotUnavailableError) return again(409, 'taken');
      throw error;
    }
  });
}
