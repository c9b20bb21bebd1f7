// Runs in tests (server side). Links minted by API over real HTTP on both stores: minting by id and
// by slug, fields named in 400s, 404s, tenancy, status filters and cursor paging (with the scan
// bound), idempotent revoke, and a minted link that is bookable at its URL, reaches the stream and
// comes back in a replication pull.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkDoc } from '../../../core/schemas/index.ts';
import { makeLink, replicated } from '../../../core/testing/index.ts';
import { validateLink } from '../../../core/validation/index.ts';
import { seedEventType, seedLinks, startInDays } from '../booking/testing/seed-booking-data.ts';
import type { ReplicatedDoc } from '../store/store.ts';
import { connectEventStream, type StreamEvent } from '../testing/event-stream-client.ts';
import { hostClient, request } from '../testing/http-client.ts';
import { postgresTarget, sqliteTarget, type StoreTarget } from '../testing/store-targets.ts';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';
import { SCAN_BUDGET } from './list-links.ts';

interface Minted { link: ReplicatedDoc<'links'>; url: string }
interface Listing { links: Minted[]; nextCursor: string | null }
interface Invalid { error: string; fields: { field: string; message: string }[] }

const targets: StoreTarget[] = [sqliteTarget(), postgresTarget()];
beforeAll(async () => { await Promise.all(targets.map((target) => target.setup())); });
afterAll(async () => { await Promise.all(targets.map((target) => target.teardown())); });

const PAST = '2026-01-01T00:00:00.000Z';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const person = { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'UTC' };

describe.each(targets)('links API on $name', (target) => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer({ database: await target.freshDatabase() }); });
  afterAll(async () => { await server?.close(); });

  /** A host with one open event type, and its client. */
  async function hostWithEventType(): Promise<{ host: TestHost; api: ReturnType<typeof hostClient>; eventTypeId: string; slug: string }> {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId);
    return { host, api: hostClient(server.baseUrl, host.token), eventTypeId: eventType.id, slug: eventType.slug };
  }
  const fieldsOf = (body: unknown) => (body as Invalid).fields.map((f) => f.field);
  const ids = (listing: Listing) => listing.links.map((entry) => entry.link.id);

  it('mints by id with the defaults: 201 with the replicated document and its URL, stored as sent back', async () => {
    const { host, api, eventTypeId } = await hostWithEventType();
    const before = Date.now();
    const answer = await api.post<Minted>('/api/links', { eventTypeId });
    expect(answer.status).toBe(201);
    const { link, url } = answer.body;
    expect(url).toBe(`${server.config.publicUrl}/l/${link.token}`);
    expect(link).toMatchObject({
      eventTypeId, maxUses: 1, expiresAt: null, revokedAt: null, overrides: {}, contact: { name: '', email: '' }, note: '',
      useCount: 0, bookingIds: [], lastBookedAt: null, _deleted: false,
    });
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(Date.parse(link.createdAt)).toBeGreaterThanOrEqual(before - 1);
    expect(link.updatedAt).toBe(link.createdAt);
    const { _deleted, ...doc } = link;
    expect(validateLink(doc as LinkDoc).ok).toBe(true);
    expect((await server.store.getDocs(host.hostId, 'links', [link.id])).get(link.id)?.doc).toEqual(link);
  });

  it('mints by slug with every field given', async () => {
    const { api, eventTypeId, slug } = await hostWithEventType();
    const expiresAt = inDays(7);
    const answer = await api.post<Minted>('/api/links', {
      eventTypeSlug: slug, maxUses: 3, expiresAt, contact: { name: 'Ada', email: 'ada@example.com' },
      overrides: { durationMinutes: 60, name: 'Deep dive' }, note: 'from the CRM',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.link).toMatchObject({
      eventTypeId, maxUses: 3, expiresAt, contact: { name: 'Ada', email: 'ada@example.com' }, overrides: { durationMinutes: 60, name: 'Deep dive' }, note: 'from the CRM',
    });
  });

  it('answers 400 invalid_input naming each bad field, unknown fields too, and writes nothing', async () => {
    const { host, api, eventTypeId } = await hostWithEventType();
    const cases: [unknown, string[]][] = [
      [{ eventTypeId, maxUses: 0 }, ['maxUses']],
      [{ eventTypeId, maxUses: 1001 }, ['maxUses']],
      [{ eventTypeId, expiresAt: PAST }, ['expiresAt']],
      [{ eventTypeId, contact: { name: 'Ada', email: 'not an email' } }, ['contact.email']],
      [{ eventTypeId, overrides: { durationMinutes: 2 } }, ['overrides.durationMinutes']],
      [{ eventTypeId, note: 'x'.repeat(2001) }, ['note']],
      [{ eventTypeId, colour: 'red', maxUses: 'two' }, ['colour', 'maxUses']],
      [{ eventTypeId, eventTypeSlug: 'intro' }, ['eventTypeSlug']],
      [{}, ['eventTypeId']],
      [[1, 2], ['body']],
    ];
    for (const [body, fields] of cases) {
      const answer = await api.post<Invalid>('/api/links', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error).toBe('invalid_input');
      expect(fieldsOf(answer.body).sort(), JSON.stringify(body)).toEqual([...fields].sort());
    }
    const overrides = await api.post<Invalid>('/api/links', { eventTypeId, overrides: { colour: 'red' } });
    expect(overrides.status).toBe(400);
    expect(fieldsOf(overrides.body).join(' ')).toContain('overrides');
    const broken = await request(`${server.baseUrl}/api/links`, { method: 'POST', token: host.token, headers: { 'content-type': 'application/json' }, body: '{"eventTypeId":' });
    expect(broken.status).toBe(400);
    const huge = await api.post('/api/links', { eventTypeId, note: 'x'.repeat(70 * 1024) });
    expect(huge.status).toBe(413);
    expect((await server.store.pull(host.hostId, 'links', null, 10)).documents).toEqual([]);
  });

  it('answers 404 for an unknown or deleted event type, and 400 naming the field for an archived one', async () => {
    const { host, api } = await hostWithEventType();
    const deleted = await seedEventType(server.store, host.hostId);
    await server.store.writeTransaction(host.hostId, (tx) => tx.putDoc('event_types', replicated(deleted, true)));
    const archived = await seedEventType(server.store, host.hostId, { archived: true });
    expect(await api.post('/api/links', { eventTypeId: crypto.randomUUID() })).toMatchObject({ status: 404, body: { error: 'not_found' } });
    expect(await api.post('/api/links', { eventTypeSlug: 'no-such-event' })).toMatchObject({ status: 404, body: { error: 'not_found' } });
    expect(await api.post('/api/links', { eventTypeId: deleted.id })).toMatchObject({ status: 404, body: { error: 'not_found' } });
    expect(await api.post('/api/links', { eventTypeSlug: deleted.slug })).toMatchObject({ status: 404, body: { error: 'not_found' } });
    const refused = await api.post<Invalid>('/api/links', { eventTypeId: archived.id });
    expect(refused.status).toBe(400);
    expect(fieldsOf(refused.body)).toEqual(['eventTypeId']);
  });

  it('keeps hosts apart: another host can neither use the event type, nor list, nor revoke the links', async () => {
    const first = await hostWithEventType();
    const other = await hostWithEventType();
    const minted = (await first.api.post<Minted>('/api/links', { eventTypeId: first.eventTypeId })).body;
    expect(await other.api.post('/api/links', { eventTypeId: first.eventTypeId })).toMatchObject({ status: 404 });
    expect(await other.api.post('/api/links', { eventTypeSlug: first.slug })).toMatchObject({ status: 404 });
    expect((await other.api.get<Listing>('/api/links')).body).toEqual({ links: [], nextCursor: null });
    expect(await other.api.post(`/api/links/${minted.link.id}/revoke`, {})).toMatchObject({ status: 404, body: { error: 'not_found' } });
    expect(ids((await first.api.get<Listing>('/api/links')).body)).toEqual([minted.link.id]);
    expect((await first.api.get<Listing>('/api/links')).body.links[0]).toEqual(minted);
    // Without a token nothing at all.
    expect((await request(`${server.baseUrl}/api/links`)).status).toBe(401);
    expect((await request(`${server.baseUrl}/api/links`, { method: 'POST', json: { eventTypeId: first.eventTypeId } })).status).toBe(401);
    // Browser tools of the host may call it too: the preflight needs no token, answers read cross-origin.
    const preflight = await request(`${server.baseUrl}/api/links`, { method: 'OPTIONS', headers: { origin: 'https://crm.example.com', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    const read = await request(`${server.baseUrl}/api/links`, { token: first.host.token, headers: { origin: 'https://crm.example.com' } });
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('mints a link that is bookable at its URL, tells the stream and comes back in a pull', async () => {
    const { host, api, eventTypeId } = await hostWithEventType();
    const events: StreamEvent[] = [];
    const stream = connectEventStream({ url: `${server.baseUrl}/sync/stream`, token: host.token, onEvent: (event) => events.push(event), retryMs: 60_000 });
    try {
      await expect.poll(() => events.some((event) => event.event === 'ready')).toBe(true);
      const { link, url } = (await api.post<Minted>('/api/links', { eventTypeId })).body;
      await expect.poll(() => events.filter((event) => event.event === 'change').map((event) => event.data).join(' ')).toContain('links');
      const pulled = await api.get<{ documents: unknown[] }>('/sync/links/pull');
      expect(pulled.body.documents).toEqual([link]);

      const page = await request(url.replace(server.config.publicUrl, server.baseUrl));
      expect(page.status).toBe(200);
      const booked = await request(`${server.baseUrl}/api/public/links/${link.token}/bookings`, { method: 'POST', json: { start: startInDays(2, 9), ...person } });
      expect(booked.status).toBe(201);
      const used = (await api.get<Listing>('/api/links?status=used')).body;
      expect(used.links.map((entry) => entry.link)).toMatchObject([{ id: link.id, useCount: 1 }]);
    } finally {
      stream.close();
    }
  });

  it('filters by status: unused, used (partly used included), revoked, expired; never deleted ones', async () => {
    const { host, api, eventTypeId } = await hostWithEventType();
    const mint = async (body: object = {}) => (await api.post<Minted>('/api/links', { eventTypeId, ...body })).body.link;
    const unused = await mint();
    const usedUp = await mint();
    const partly = await mint({ maxUses: 3 });
    const revoked = await mint();
    const [expired] = await seedLinks(server.store, host.hostId, eventTypeId, 1, { expiresAt: PAST });
    const deleted = makeLink({ eventTypeId });
    await server.store.writeTransaction(host.hostId, (tx) => tx.putDoc('links', replicated(deleted, true)));
    for (const [link, hour] of [[usedUp, 9], [partly, 11]] as const) {
      const booked = await request(`${server.baseUrl}/api/public/links/${link.token}/bookings`, { method: 'POST', json: { start: startInDays(3, hour), ...person } });
      expect(booked.status).toBe(201);
    }
    expect((await api.post(`/api/links/${revoked.id}/revoke`, {})).status).toBe(200);

    const listed = async (status: string) => ids((await api.get<Listing>(`/api/links${status ? `?status=${status}` : ''}`)).body).sort();
    expect(await listed('unused')).toEqual([unused.id]);
    expect(await listed('used')).toEqual([usedUp.id, partly.id].sort());
    expect(await listed('revoked')).toEqual([revoked.id]);
    expect(await listed('expired')).toEqual([expired!.id]);
    expect(await listed('')).toEqual([unused.id, usedUp.id, partly.id, revoked.id, expired!.id].sort());
    for (const query of ['?status=booked', '?limit=0', '?limit=101', '?cursor=nope', '?status=used&status=unused', '?offset=3']) {
      const answer = await api.get<Invalid>(`/api/links${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error).toBe('invalid_input');
      expect(fieldsOf(answer.body), query).toHaveLength(1);
    }
  });

  it('pages with an opaque cursor in the order of last change, with or without a status', async () => {
    const { api, eventTypeId } = await hostWithEventType();
    const minted: string[] = [];
    for (let i = 0; i < 7; i += 1) minted.push((await api.post<Minted>('/api/links', { eventTypeId, note: `link ${i}` })).body.link.id);
    const pages: Listing[] = [];
    let next: string | null = null;
    do {
      const answer: { status: number; body: Listing } = await api.get<Listing>(`/api/links?limit=3${next ? `&cursor=${next}` : ''}`);
      expect(answer.status).toBe(200);
      pages.push(answer.body);
      next = answer.body.nextCursor;
    } while (next !== null && pages.length < 10);
    expect(pages.map((page) => page.links.length)).toEqual([3, 3, 1]);
    expect(pages.flatMap(ids)).toEqual(minted);

    // Revoking moves a link to the end of the order (its last change); a filtered walk finds each once.
    for (const id of [minted[0]!, minted[3]!, minted[5]!]) await api.post(`/api/links/${id}/revoke`, {});
    const first = (await api.get<Listing>('/api/links?status=revoked&limit=2')).body;
    expect(ids(first)).toEqual([minted[0], minted[3]]);
    expect(first.nextCursor).not.toBeNull();
    const second = (await api.get<Listing>(`/api/links?status=revoked&limit=2&cursor=${first.nextCursor}`)).body;
    expect(ids(second)).toEqual([minted[5]]);
    expect(second.nextCursor).toBeNull();
    const unused = (await api.get<Listing>('/api/links?status=unused')).body;
    expect(ids(unused)).toEqual([minted[1], minted[2], minted[4], minted[6]]);
  });

  it(`reads at most ${SCAN_BUDGET} documents a request and hands back a cursor to go on`, async () => {
    const { host, api, eventTypeId } = await hostWithEventType();
    await seedLinks(server.store, host.hostId, eventTypeId, SCAN_BUDGET + 5);
    const [late] = await seedLinks(server.store, host.hostId, eventTypeId, 1, { revokedAt: PAST });
    const first = (await api.get<Listing>('/api/links?status=revoked')).body;
    expect(first.links).toEqual([]);
    expect(first.nextCursor).not.toBeNull();
    const second = (await api.get<Listing>(`/api/links?status=revoked&cursor=${first.nextCursor}`)).body;
    expect(ids(second)).toEqual([late!.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('revokes: 200 with revokedAt and updatedAt set, the same answer again, 404 for unknown and deleted links', async () => {
    const { host, api, eventTypeId } = await hostWithEventType();
    const { link } = (await api.post<Minted>('/api/links', { eventTypeId })).body;
    const before = Date.now();
    const revoked = await api.post<{ link: ReplicatedDoc<'links'> }>(`/api/links/${link.id}/revoke`, {});
    expect(revoked.status).toBe(200);
    expect(revoked.body.link).toEqual({ ...link, revokedAt: expect.any(String), updatedAt: expect.any(String) });
    expect(Date.parse(revoked.body.link.revokedAt!)).toBeGreaterThanOrEqual(before - 1);
    expect(revoked.body.link.updatedAt).toBe(revoked.body.link.revokedAt);
    const { checkpoint } = await server.store.pull(host.hostId, 'links', null, 10);

    // Again, also without any body: unchanged, and nothing new to pull.
    const again = await request<{ link: unknown }>(`${server.baseUrl}/api/links/${link.id}/revoke`, { method: 'POST', token: host.token });
    expect(again).toMatchObject({ status: 200, body: { link: revoked.body.link } });
    expect((await server.store.pull(host.hostId, 'links', checkpoint, 10)).documents).toEqual([]);
    expect((await api.get<{ documents: unknown[] }>('/sync/links/pull')).body.documents).toEqual([revoked.body.link]);
    const booking = await request(`${server.baseUrl}/api/public/links/${link.token}/bookings`, { method: 'POST', json: { start: startInDays(2, 9), ...person } });
    expect(booking).toMatchObject({ status: 410, body: { error: 'link_unavailable' } });

    const gone = makeLink({ eventTypeId });
    await server.store.writeTransaction(host.hostId, (tx) => tx.putDoc('links', replicated(gone, true)));
    for (const id of [gone.id, crypto.randomUUID(), 'x'.repeat(100)]) {
      expect(await api.post(`/api/links/${id}/revoke`, {}), id).toMatchObject({ status: 404, body: { error: 'not_found' } });
    }
  });
});
