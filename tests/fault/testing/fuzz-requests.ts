// Runs in tests (Node). fast-check arbitraries for requests to every public and sync endpoint:
// real tokens and garbage ones, plausible and hostile query strings, bodies that are valid,
// nearly valid (one field replaced by anything) or not JSON at all, under any content type.
import fc from 'fast-check';
import { makeEventType, makeLink, replicated } from '../../../core/testing/fixtures.ts';

export interface FuzzFixture {
  /** A live single-use link, a used-up one. */
  linkTokens: string[];
  manageTokens: string[];
  hostToken: string;
  hostSlug: string;
  eventSlug: string;
  eventTypeId: string;
  /** Bookable starts (so some fuzzed bookings really go through). */
  starts: string[];
}

export interface FuzzRequest {
  method: 'GET' | 'POST';
  path: string;
  contentType?: string;
  body?: string;
  token?: string;
  /** What a success stores: 'booking' (a 201 creates one), 'push' (a 200 may write these ids). */
  effect?: { kind: 'booking' } | { kind: 'push'; ids: string[] };
}

const hostile = fc.constantFrom('', 'x', '%00', '..%2F..%2Fetc%2Fpasswd', '%E0%A4%A', 'a'.repeat(300), '🙂', '%20', '__proto__', 'constructor');
const garbage = fc.string({ maxLength: 80, unit: 'binary' }).map((s) => encodeURIComponent(s));

function segment(known: string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, hostile, garbage, fc.stringMatching(/^[A-Za-z0-9_-]{22}$/));
}

const anyJson = fc.jsonValue({ maxDepth: 3 });

function queryString(keys: string[], plausible: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), fc.oneof(plausible, fc.string({ maxLength: 40, unit: 'binary' })), { maxKeys: 4 })
    .map((query) => new URLSearchParams(query).toString());
}

/** A booking body as the page sends it, often valid, else with one field replaced, added or dropped. */
function bookingBody(f: FuzzFixture): fc.Arbitrary<Record<string, unknown>> {
  const valid = fc.record({
    start: fc.constantFrom(...f.starts),
    name: fc.constantFrom('Fuzz Invitee', 'Zoë Ünïcode 🙂'),
    email: fc.constant('fuzz@example.com'),
    timezone: fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York'),
    notes: fc.string({ maxLength: 200 }),
  });
  const field = fc.constantFrom('start', 'name', 'email', 'timezone', 'notes', 'extra', '__proto__');
  const value = fc.oneof(anyJson, fc.string({ maxLength: 3000, unit: 'binary' }), fc.constantFrom('Mars/Base', '', '2026-02-30T10:00:00Z', '9999-12-31T23:59:59.999Z'));
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    fc.tuple(valid, field, value).map(([body, key, v]) => ({ ...body, [key]: v })),
    fc.tuple(valid, field).map(([body, key]) => Object.fromEntries(Object.entries(body).filter(([k]) => k !== key))),
  );
}

function encodeBody(value: unknown, contentType: string | undefined): string {
  if (contentType === 'application/x-www-form-urlencoded' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return new URLSearchParams(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])).toString();
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const contentTypes = fc.constantFrom('application/json', 'application/json', 'application/x-www-form-urlencoded', 'text/plain', undefined, 'application/json; charset=latin1');
const rawBody = fc.oneof(fc.string({ maxLength: 200, unit: 'binary' }), fc.constantFrom('{', '[', 'null', '{"start":', '\u0000'));

/** A document as a desktop might push it (of the collection's kind, mostly), one field maybe replaced by anything. */
function pushDoc(f: FuzzFixture, collection: string): fc.Arbitrary<Record<string, unknown>> {
  const link = fc.tuple(fc.uuid({ version: 4 }), fc.stringMatching(/^[A-Za-z0-9_-]{22}$/)).map(([id, token]) => replicated(makeLink({ id, token, eventTypeId: f.eventTypeId })) as Record<string, unknown>);
  const eventType = fc.tuple(fc.uuid({ version: 4 }), fc.stringMatching(/^[a-z0-9]{1,20}$/)).map(([id, slug]) => replicated(makeEventType({ id, slug })) as Record<string, unknown>);
  const base = collection === 'links'
    ? fc.oneof({ weight: 4, arbitrary: link }, eventType)
    : collection === 'event_types' ? fc.oneof({ weight: 4, arbitrary: eventType }, link) : fc.oneof(link, eventType);
  return fc.tuple(base, fc.option(fc.tuple(fc.string({ maxLength: 20 }), anyJson), { freq: 2 })).map(([doc, change]) => {
    if (!change) return doc;
    const keys = Object.keys(doc);
    const key = change[0].length > 0 && change[0].length < 4 ? keys[change[0].length % keys.length]! : change[0];
    return { ...doc, [key]: change[1] };
  });
}

export function fuzzRequest(f: FuzzFixture): fc.Arbitrary<FuzzRequest> {
  const link = segment(f.linkTokens);
  const manage = segment(f.manageTokens);
  const hostSlug = segment([f.hostSlug]);
  const eventSlug = segment([f.eventSlug]);
  const target = fc.oneof(link.map((t) => `links/${t}`), fc.tuple(hostSlug, eventSlug).map(([h, e]) => `event-types/${h}/${e}`));
  const pageTarget = fc.oneof(link.map((t) => `/l/${t}`), fc.tuple(hostSlug, eventSlug).map(([h, e]) => `/e/${h}/${e}`));
  const slotQuery = queryString(['from', 'to', 'timezone'], fc.constantFrom('2026-12-01', '2027-01-31', '2026-02-30', 'UTC', 'Europe/Berlin', 'Mars/Base', '1900-01-01', '9999-12-31'));
  const pullQuery = queryString(['seq', 'id', 'limit'], fc.constantFrom('0', '1', '-1', '1000', '1001', '1e3', 'NaN', '99999999999999999999', ''));
  const collection = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('links', 'event_types', 'bookings') }, segment(['hosts']));
  const auth = fc.oneof({ weight: 4, arbitrary: fc.constant(f.hostToken) }, fc.constantFrom(undefined, 'not-a-token', f.hostToken.slice(0, 20)));

  const bookingContentTypes = fc.oneof({ weight: 4, arbitrary: fc.constant('application/json') }, contentTypes);
  const bookingPost = fc.tuple(target, fc.oneof({ weight: 4, arbitrary: bookingBody(f) as fc.Arbitrary<unknown> }, anyJson, rawBody), bookingContentTypes)
    .map(([t, body, contentType]): FuzzRequest => ({ method: 'POST', path: `/api/public/${t}/bookings`, contentType, body: encodeBody(body, contentType), effect: { kind: 'booking' } }));
  const formPost = fc.tuple(pageTarget, bookingBody(f), fc.constantFrom('application/x-www-form-urlencoded', 'application/json', undefined))
    .map(([p, body, contentType]): FuzzRequest => ({ method: 'POST', path: `${p}/book`, contentType, body: encodeBody(body, contentType), effect: { kind: 'booking' } }));
  const pushRows = (c: string) => fc.oneof(
    {
      weight: 4,
      arbitrary: fc.array(fc.oneof(
        { weight: 3, arbitrary: pushDoc(f, c).map((doc) => ({ newDocumentState: doc })) },
        fc.record({ assumedMasterState: pushDoc(f, c), newDocumentState: pushDoc(f, c) }),
      ), { maxLength: 3 }) as fc.Arbitrary<unknown>,
    },
    anyJson,
    rawBody,
  );
  const push = fc.tuple(collection.chain((c) => pushRows(c).map((rows) => [c, rows] as const)), bookingContentTypes, auth).map(([[c, rows], contentType, token]): FuzzRequest => {
    const ids = Array.isArray(rows) ? rows.map((row) => String((row as { newDocumentState?: { id?: unknown } } | null)?.newDocumentState?.id)) : [];
    return { method: 'POST', path: `/sync/${c}/push`, contentType, body: encodeBody(rows, contentType), token, effect: { kind: 'push', ids } };
  });

  return fc.oneof(
    pageTarget.map((p): FuzzRequest => ({ method: 'GET', path: p })),
    target.map((t): FuzzRequest => ({ method: 'GET', path: `/api/public/${t}` })),
    fc.tuple(target, slotQuery).map(([t, q]): FuzzRequest => ({ method: 'GET', path: `/api/public/${t}/slots?${q}` })),
    { weight: 3, arbitrary: bookingPost },
    formPost,
    manage.map((m): FuzzRequest => ({ method: 'GET', path: `/m/${m}` })),
    manage.map((m): FuzzRequest => ({ method: 'GET', path: `/api/public/bookings/${m}/ics` })),
    fc.tuple(manage, fc.oneof(anyJson, rawBody), contentTypes, fc.boolean()).map(([m, body, contentType, page]): FuzzRequest => ({
      method: 'POST', path: page ? `/m/${m}/cancel` : `/api/public/bookings/${m}/cancel`, contentType, body: encodeBody(body, contentType),
    })),
    auth.map((token): FuzzRequest => ({ method: 'GET', path: '/api/me', token })),
    fc.tuple(collection, pullQuery, auth).map(([c, q, token]): FuzzRequest => ({ method: 'GET', path: `/sync/${c}/pull?${q}`, token })),
    { weight: 3, arbitrary: push },
    // The stream without a valid token (a valid one would stay open).
    fc.constantFrom(undefined, 'not-a-token').map((token): FuzzRequest => ({ method: 'GET', path: '/sync/stream', token })),
    fc.tuple(fc.constantFrom('GET', 'POST') as fc.Arbitrary<'GET' | 'POST'>, garbage).map(([method, p]): FuzzRequest => ({ method, path: `/${p}` })),
  );
}
