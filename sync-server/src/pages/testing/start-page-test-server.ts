// Runs in tests. A tiny HTTP server that serves the rendered pages and their assets the way the real
// routes will, with a fake JSON API behind them, so the pages can be driven in real Chromium.
import { pageText } from '../i18n/translate.ts';
import { weekStartOf } from '../i18n/week-start.ts';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateBookingRequest } from '../../../../core/validation/validate-booking-request.ts';
import { isValidTimeZone } from '../../../../core/validation/is-valid-time-zone.ts';
import { PAGE_ASSETS } from '../page-assets.ts';
import { PAGE_CSP } from '../page-csp.ts';
import type { BookingPageView, ManagePageView } from '../page-types.ts';
import { renderBookingPage } from '../render-booking-page.ts';
import { renderConfirmationPage } from '../render-confirmation-page.ts';
import { renderManagePage } from '../render-manage-page.ts';
import { renderNotFoundPage } from '../render-not-found-page.ts';
import { renderUnavailablePage } from '../render-unavailable-page.ts';
import { chooseLanguage, languageCookie } from '../i18n/choose-language.ts';
import type { Language } from '../i18n/languages.ts';
import { FakeOpenSlots } from './fake-open-slots.ts';

export const TEST_TOKEN = 'tok_test';
export const GONE_TOKEN = 'tok_used';
export const MANAGE_TOKEN = 'mtok_test';

export interface FakeAnswer {
  status: number;
  body: unknown;
}

export interface PageTestServer {
  url: string;
  slots: FakeOpenSlots;
  /** JSON bodies the fake booking endpoint received. */
  bookingRequests: unknown[];
  /** Answers the next JSON booking request with this instead of booking. */
  nextBookingAnswer: FakeAnswer | null;
  /** The manage page's booking; cancel flips its status. */
  managed: ManagePageView['booking'];
  /** Overrides of the booking page view (e.g. hostile names). */
  pageOverrides: Partial<BookingPageView>;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', ...headers });
  response.end(body);
}

function sendHtml(response: ServerResponse, status: number, html: string | Buffer): void {
  send(response, status, 'text/html; charset=utf-8', html, { 'content-security-policy': PAGE_CSP, 'x-content-type-options': 'nosniff' });
}

/** The page's language as the real routes choose it (booking-page-routes.ts), the cookie set on `?lang=`. */
function acceptLanguageOf(request: IncomingMessage): string | undefined {
  const value = request.headers['accept-language'];
  return typeof value === 'string' ? value : undefined;
}

function languageOf(request: IncomingMessage, url: URL, response: ServerResponse): Language {
  const asked = url.searchParams.get('lang');
  const header = (name: string) => (typeof request.headers[name] === 'string' ? (request.headers[name] as string) : undefined);
  const lang = chooseLanguage({ asked, cookie: header('cookie'), acceptLanguage: header('accept-language') });
  if (asked === lang) response.setHeader('set-cookie', languageCookie(lang));
  return lang;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

export async function startPageTestServer(): Promise<PageTestServer> {
  const slots = new FakeOpenSlots();
  const state: PageTestServer = {
    url: '',
    slots,
    bookingRequests: [],
    nextBookingAnswer: null,
    managed: {
      eventName: 'Intro call',
      start: slots.all[0]?.start ?? '2030-01-07T09:00:00.000Z',
      end: slots.all[0]?.end ?? '2030-01-07T09:30:00.000Z',
      location: { kind: 'video', details: 'https://meet.example.com/intro' },
      status: 'confirmed',
      canceledBy: null,
      cancelReason: '',
      invitee: { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/Berlin', notes: 'About the engine.' },
    },
    pageOverrides: {},
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
  const apiBase = `/api/public/links/${TEST_TOKEN}`;

  function bookingView(zone: string, extra: Partial<BookingPageView> = {}): BookingPageView {
    return {
      kind: 'link',
      apiBase,
      formAction: `/l/${TEST_TOKEN}/book`,
      hostName: 'Grace Hopper',
      eventName: 'Intro call',
      description: 'A first 30-minute conversation about your project.\nBring your questions.',
      durationMinutes: 30,
      location: { kind: 'video', details: 'https://meet.example.com/intro' },
      contact: { name: 'Ada Lovelace', email: 'ada@example.com' },
      hostTimezone: 'Europe/Berlin',
      initialTimezone: zone,
      initialSlots: slots.upcoming(zone),
      ...state.pageOverrides,
      ...extra,
    };
  }

  /** The fake's booking rule: valid input and a start that is still open. */
  function book(input: unknown): FakeAnswer {
    const checked = validateBookingRequest(input);
    if (!checked.ok) return { status: 400, body: { error: 'invalid_input', fields: checked.errors } };
    const slot = slots.take(checked.value.start);
    if (!slot) return { status: 409, body: { error: 'slot_unavailable' } };
    const manageUrl = `${state.url}/m/${MANAGE_TOKEN}`;
    const booking = { id: 'b1', start: slot.start, end: slot.end, eventName: 'Intro call', location: { kind: 'video', details: 'https://meet.example.com/intro' }, manageUrl };
    return { status: 201, body: { booking } };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = url.pathname;
    const asset = PAGE_ASSETS[path];
    const lang = languageOf(request, url, response);
    if (request.method === 'GET' && asset) return send(response, 200, asset.contentType, asset.body, { 'cache-control': asset.cacheControl });

    if (request.method === 'GET' && path === `/l/${TEST_TOKEN}`) {
      const asked = url.searchParams.get('timezone') ?? 'UTC';
      const zone = isValidTimeZone(asked) ? asked : 'UTC';
      // `?date=` as the real route reads it: where the two weeks of the no-JS list start.
      const date = url.searchParams.get('date');
      const extra = date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { initialSlots: slots.upcoming(zone, 14, date) } : {};
      return sendHtml(response, 200, renderBookingPage(bookingView(zone, { ...extra, lang, weekStart: weekStartOf(acceptLanguageOf(request), pageText(lang).locale) })));
    }
    if (request.method === 'GET' && path === `/l/${GONE_TOKEN}`) return sendHtml(response, 410, renderUnavailablePage({ hostName: 'Grace Hopper', lang }));
    if (request.method === 'POST' && path === `/l/${TEST_TOKEN}/book`) {
      const form = Object.fromEntries(new URLSearchParams(await readBody(request)));
      const answer = book(form);
      const zone = isValidTimeZone(form.timezone ?? '') ? (form.timezone as string) : 'UTC';
      if (answer.status === 201) {
        const { booking } = answer.body as { booking: Parameters<typeof renderConfirmationPage>[0]['booking'] };
        const invitee = { name: form.name ?? '', email: form.email ?? '', timezone: zone };
        return sendHtml(response, 201, renderConfirmationPage({ hostName: 'Grace Hopper', booking, invitee, lang }));
      }
      const errors = answer.status === 409
        ? [{ field: 'start', message: 'That time was just taken. Please choose another time.' }]
        : (answer.body as { fields: { field: string; message: string }[] }).fields;
      return sendHtml(response, answer.status, renderBookingPage(bookingView(zone, { errors, values: form, lang, weekStart: weekStartOf(acceptLanguageOf(request), pageText(lang).locale) })));
    }
    if (request.method === 'GET' && path === `${apiBase}/slots`) {
      const q = url.searchParams;
      const zone = q.get('timezone') ?? 'UTC';
      return sendJson(response, 200, { timezone: zone, days: slots.days(q.get('from') ?? '', q.get('to') ?? '', zone) });
    }
    if (request.method === 'POST' && path === `${apiBase}/bookings`) {
      const text = await readBody(request);
      const body: unknown = JSON.parse(text);
      state.bookingRequests.push(body);
      const answer = state.nextBookingAnswer ?? book(body);
      state.nextBookingAnswer = null;
      return sendJson(response, answer.status, answer.body);
    }

    if (request.method === 'GET' && path === `/m/${MANAGE_TOKEN}`) return sendHtml(response, 200, renderManagePage({ manageToken: MANAGE_TOKEN, hostName: 'Grace Hopper', booking: state.managed }));
    if (request.method === 'POST' && path === `/m/${MANAGE_TOKEN}/cancel`) {
      const form = new URLSearchParams(await readBody(request));
      state.managed = { ...state.managed, status: 'canceled', canceledBy: 'invitee', cancelReason: form.get('reason') ?? '' };
      return sendHtml(response, 200, renderManagePage({ manageToken: MANAGE_TOKEN, hostName: 'Grace Hopper', booking: state.managed, notice: 'canceled' }));
    }
    if (request.method === 'POST' && path === `/api/public/bookings/${MANAGE_TOKEN}/cancel`) {
      const body = JSON.parse(await readBody(request)) as { reason?: string };
      state.managed = { ...state.managed, status: 'canceled', canceledBy: 'invitee', cancelReason: body.reason ?? '' };
      return sendJson(response, 200, { booking: { status: 'canceled' } });
    }
    if (request.method === 'GET' && path === `/api/public/bookings/${MANAGE_TOKEN}/ics`) return send(response, 200, 'text/calendar; charset=utf-8', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    return sendHtml(response, 404, renderNotFoundPage(lang));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, 'text/plain', String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return state;
}
