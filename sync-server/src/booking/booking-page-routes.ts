// Runs on the server. The invitee's booking pages, `/l/{token}` and `/e/{hostSlug}/{eventSlug}`, and
// their no-JS form posts (`…/book`): a confirmation page on success; otherwise the form again with
// the problems named and everything the invitee typed kept, or the 404 / 410 page.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { BookingFormValues, FieldErrorView } from '../pages/index.ts';
import { renderBookingPage, renderConfirmationPage, renderNotFoundPage, renderUnavailablePage } from '../pages/index.ts';
import { isCalendarDate, validateBookingRequest } from '../../../core/validation/index.ts';
import { isKnownTimeZone } from '../app/known-time-zone.ts';
import { RedemptionContendedError, SlotUnavailableError, TargetUnavailableError } from './booking-errors.ts';
import { redeemBooking } from './redeem/redeem-booking.ts';
import type { BookingTarget, UnavailableReason } from './booking-target.ts';
import { buildBookingPageView } from './build-booking-page-view.ts';
import { addDays, todayIn } from './local-dates.ts';
import { answerLifetimeEnd } from './answer-lifetime.ts';
import { answerThroughViewCache } from './answer-through-view-cache.ts';
import { pageViewKey } from './public-view-keys.ts';
import { PUBLIC_BODY_LIMIT } from './public-api-routes.ts';
import { lookUpTarget, type PublicContext } from './public-context.ts';
import { pageForStatus } from './render-message-page.ts';
import { sendPage } from './send-page.ts';
import { targetKeyOf } from './target-key-of.ts';
import { chooseLanguage, languageCookie } from '../pages/i18n/choose-language.ts';
import { pageText } from '../pages/i18n/translate.ts';
import { weekStartOf } from '../pages/i18n/week-start.ts';
import type { Language } from '../pages/i18n/languages.ts';

const PAGE_PATHS = ['/l/:token', '/e/:hostSlug/:eventSlug'] as const;
const FORM_FIELDS = ['name', 'email', 'notes', 'start', 'timezone'] as const;

/** The asked zone, or null when none (or an unknown one) was asked for. */
function askedZoneOf(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 64 && isKnownTimeZone(value) ? value : null;
}

/** The zone a page is shown in: the invitee's choice, else the host's (a page without JavaScript cannot detect the invitee's). */
function shownZone(asked: string | null, target: BookingTarget): string {
  return asked ?? (isKnownTimeZone(target.host.timezone) ? target.host.timezone : 'UTC');
}

/** `?date=` as asked: a calendar date, or null. */
function askedDateOf(value: unknown): string | null {
  return typeof value === 'string' && isCalendarDate(value) ? value : null;
}

/** Where the no-JS list starts: the asked date when it is today or later, within a year; else today. */
function fromDateOf(asked: string | null, today: string): string {
  if (asked === null || asked < today || asked > addDays(today, 366)) return today;
  return asked;
}

function sendUnavailablePage(reply: FastifyReply, reason: UnavailableReason, lang: Language): FastifyReply {
  return reason === 'not_found' ? sendPage(reply, 404, renderNotFoundPage(lang)) : sendPage(reply, 410, renderUnavailablePage({ lang }));
}

/**
 * The page's language (pages/i18n/choose-language.ts): `?lang=` from the switcher, which the
 * cookie then remembers, else the cookie, else Accept-Language. Said in Content-Language.
 */
function languageOf(request: FastifyRequest, reply: FastifyReply): Language {
  const asked = (request.query as Record<string, unknown> | undefined)?.['lang'];
  const lang = chooseLanguage({ asked, cookie: request.headers.cookie, acceptLanguage: request.headers['accept-language'] });
  if (asked === lang) reply.header('set-cookie', languageCookie(lang));
  reply.header('content-language', lang).header('vary', 'Accept-Language, Cookie');
  return lang;
}

/** What the invitee typed, as strings (a repeated field is ignored). */
function formValuesOf(body: unknown): Partial<BookingFormValues> {
  const form = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const values: Partial<BookingFormValues> = {};
  for (const field of FORM_FIELDS) {
    const value = form[field];
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}

/** The calendar's first weekday for this browser (already part of the view cache's key: Accept-Language). */
function weekStartFor(request: FastifyRequest, lang: Language): number {
  return weekStartOf(request.headers['accept-language'], pageText(lang).locale);
}

export function registerBookingPageRoutes(scope: FastifyInstance, ctx: PublicContext): void {

  /** The form page again, with problems and the typed values (or the 404/410 page if the target went away). */
  async function sendFormAgain(request: FastifyRequest, reply: FastifyReply, status: number, errors: FieldErrorView[], values: Partial<BookingFormValues>) {
    const key = targetKeyOf(request);
    const lang = languageOf(request, reply);
    const found = await lookUpTarget(ctx, request, key);
    if (found === 'limited') return sendPage(reply, 429, pageForStatus(429, lang));
    if (!found.ok) return sendUnavailablePage(reply, found.reason, lang);
    const zone = shownZone(askedZoneOf(values.timezone), found.target);
    const view = await buildBookingPageView(ctx, key, found.target, zone, todayIn(zone, ctx.now()), { errors, values, lang, weekStart: weekStartFor(request, lang) });
    return sendPage(reply, status, renderBookingPage(view));
  }

  for (const path of PAGE_PATHS) {
    scope.get(path, async (request, reply) => {
      const key = targetKeyOf(request);
      const query = request.query as Record<string, unknown>;
      const askedZone = askedZoneOf(query['timezone']);
      const askedDate = askedDateOf(query['date']);
      const lang = languageOf(request, reply);
      // Keyed by what was asked (normalized): the zone and first date follow from the target.
      return answerThroughViewCache(ctx, request, reply, pageViewKey(key, askedZone ?? '', askedDate ?? '', lang), (r, body) => sendPage(r, 200, body), async () => {
        const now = ctx.now();
        const found = await lookUpTarget(ctx, request, key);
        if (found === 'limited') return { sent: sendPage(reply, 429, pageForStatus(429, lang)) };
        if (!found.ok) return { sent: sendUnavailablePage(reply, found.reason, lang) };
        const zone = shownZone(askedZone, found.target);
        const fromDate = fromDateOf(askedDate, todayIn(zone, now));
        const view = await buildBookingPageView(ctx, key, found.target, zone, fromDate, { lang, weekStart: weekStartFor(request, lang) });
        const body = renderBookingPage(view);
        return { answer: { body, hostId: found.target.host.id, until: answerLifetimeEnd(found.target, view.initialSlots, now.getTime(), ctx.views.lifetimeMs) } };
      });
    });

    scope.post(`${path}/book`, { bodyLimit: PUBLIC_BODY_LIMIT, onRequest: ctx.postLimit }, async (request, reply) => {
      const values = formValuesOf(request.body);
      const lang = languageOf(request, reply);
      const checked = validateBookingRequest(values, isKnownTimeZone);
      if (!checked.ok) return sendFormAgain(request, reply, 400, checked.errors, values);
      if (ctx.lookups.isBlocked(request.ip)) return sendPage(reply, 429, pageForStatus(429, lang));
      try {
        const { booking, manageToken, target } = await redeemBooking(ctx.store, targetKeyOf(request), checked.value, ctx.redemption);
        const { start, end, eventName, location } = booking;
        const invitee = { name: booking.invitee.name, email: booking.invitee.email, timezone: booking.invitee.timezone };
        return sendPage(reply, 201, renderConfirmationPage({ hostName: target.host.name, booking: { start, end, eventName, location, manageUrl: ctx.manageUrlOf(manageToken) }, invitee, lang }));
      } catch (error) {
        if (error instanceof TargetUnavailableError) {
          if (error.reason === 'not_found') ctx.lookups.recordFailure(request.ip);
          return sendUnavailablePage(reply, error.reason, lang);
        }
        if (error instanceof RedemptionContendedError) return sendPage(reply.header('retry-after', '1'), 503, pageForStatus(503, lang));
        if (error instanceof SlotUnavailableError) {
          const { start: _taken, ...kept } = values;
          return sendFormAgain(request, reply, 409, [{ field: 'start', message: 'That time was just taken. Please choose another time.' }], kept);
        }
        throw error;
      }
    });
  }
}
