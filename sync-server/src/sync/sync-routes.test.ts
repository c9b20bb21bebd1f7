// Runs in tests (server side). Pull and push over real HTTP against a real server on SQLite:
// RxDB's protocol with our field ownership, atomic batches, exact document shapes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeBooking, makeEventType, makeLink, replicated } from '../../../core/testing/index.ts';
import { hostClient } from '../testing/http-client.ts';
import { startTestServer, type TestServer } from '../testing/start-test-server.ts';

type Client = ReturnType<typeof hostClient>;
interface PullBody { documents: Record<string, unknown>[]; checkpoint: { seq: number; id: string } }

describe('sync routes', () => {
  let server: TestServer;
  let api: Client;
  let hostId: string;

  beforeAll(async () => { server = await startTestServer(); });
  afterAll(() => server.close());
  beforeEach(async () => {
    const host = await server.createHost();
    hostId = host.hostId;
    api = hostClient(server.baseUrl, host.token);
  });

  const pullAll = async (collection: string) => (await api.get<PullBody>(`/sync/${collection}/pull`)).body.documents;

  it('inserts new documents and pulls them back exactly as sent', async () => {
    const et = replicated(makeEventType());
    const push = await api.post('/sync/event_types/push', [{ newDocumentState: et }]);
    expect(push).toMatchObject({ status: 200, body: [] });
    const pull = await api.get<PullBody>('/sync/event_types/pull');
    expect(pull.status).toBe(200);
    expect(pull.body.documents).toEqual([et]);
    expect(Object.keys(pull.body.documents[0] ?? {}).sort()).toEqual(Object.keys(et).sort());
    expect(pull.body.checkpoint).toEqual({ seq: expect.any(Number), id: et.id });
  });

  it('drops RxDB-internal fields and sets a new link’s server-owned fields', async () => {
    const link = replicated(makeLink({ useCount: 3, bookingIds: ['x'], lastBookedAt: '2026-01-01T00:00:00.000Z' }));
    const sent = { ...link, _meta: { lwt: 1 }, _rev: '1-abc', _attachments: {} };
    expect((await api.post('/sync/links/push', [{ newDocumentState: sent }])).body).toEqual([]);
    expect(await pullAll('links')).toEqual([{ ...link, useCount: 0, bookingIds: [], lastBookedAt: null }]);
  });

  it('treats a retried push as a no-op and answers a stale one with the stored document', async () => {
    const et = replicated(makeEventType());
    await api.post('/sync/event_types/push', [{ newDocumentState: et }]);
    const { checkpoint } = (await api.get<PullBody>('/sync/event_types/pull')).body;
    expect((await api.post('/sync/event_types/push', [{ newDocumentState: et }])).body).toEqual([]);
    const renamed = { ...et, name: 'Renamed' };
    expect((await api.post('/sync/event_types/push', [{ assumedMasterState: et, newDocumentState: renamed }])).body).toEqual([]);
    const stale = { ...et, name: 'Stale edit' };
    expect((await api.post('/sync/event_types/push', [{ assumedMasterState: et, newDocumentState: stale }])).body).toEqual([renamed]);
    expect((await api.post('/sync/event_types/push', [{ newDocumentState: stale }])).body).toEqual([renamed]);
    const after = (await api.get<PullBody>(`/sync/event_types/pull?seq=${checkpoint.seq}&id=${checkpoint.id}`)).body;
    expect(after.documents).toEqual([renamed]);
  });

  it('keeps server-owned link fields when a host edits a booked link, and keeps the link when a host deletes it', async () => {
    const link = replicated(makeLink({ maxUses: 2 }));
    await api.post('/sync/links/push', [{ newDocumentState: link }]);
    await server.store.writeTransaction(hostId, async (tx) => {
      await tx.putDoc('links', { ...link, useCount: 1, bookingIds: ['b1'], lastBookedAt: '2026-03-02T08:00:00.000Z' });
    });
    const edited = { ...link, note: 'VIP' };
    expect((await api.post('/sync/links/push', [{ assumedMasterState: link, newDocumentState: edited }])).body).toEqual([]);
    const stored = { ...edited, useCount: 1, bookingIds: ['b1'], lastBookedAt: '2026-03-02T08:00:00.000Z' };
    const first = (await api.get<PullBody>('/sync/links/pull')).body;
    expect(first.documents).toEqual([stored]);

    // Deleting a booked link and changing a token are not applied; the stored version is stored
    // again with a new seq, so the client's next pull brings it back (no conflict loop).
    expect((await api.post('/sync/links/push', [{ assumedMasterState: stored, newDocumentState: { ...stored, _deleted: true } }])).body).toEqual([]);
    const second = (await api.get<PullBody>(`/sync/links/pull?seq=${first.checkpoint.seq}&id=${first.checkpoint.id}`)).body;
    expect(second.documents).toEqual([stored]);
    expect(second.checkpoint.seq).toBeGreaterThan(first.checkpoint.seq);
    const newToken = { ...stored, token: 'B'.repeat(30), note: 'VIP 2' };
    expect((await api.post('/sync/links/push', [{ assumedMasterState: stored, newDocumentState: newToken }])).body).toEqual([]);
    expect(await pullAll('links')).toEqual([{ ...stored, note: 'VIP 2' }]);
  });

  it('lets a host cancel a booking, which frees the slot; refuses creating bookings', async () => {
    const booking = replicated(makeBooking());
    await server.store.writeTransaction(hostId, (tx) => tx.insertBooking(booking, { blockedStart: booking.start, blockedEnd: booking.end, manageToken: 'm-1-abcdefghijklmnopqrstuv' }));
    const cancel = { ...booking, status: 'canceled', cancelReason: 'Ill' };
    expect((await api.post('/sync/bookings/push', [{ assumedMasterState: booking, newDocumentState: cancel }])).body).toEqual([]);
    const [stored] = await pullAll('bookings');
    expect(stored).toMatchObject({ status: 'canceled', cancelReason: 'Ill', canceledBy: 'host', canceledAt: expect.any(String) });
    expect(await server.store.listBusyIntervals(hostId, { start: booking.start, end: booking.end })).toEqual([]);

    const made = replicated(makeBooking());
    const refused = await api.post('/sync/bookings/push', [{ newDocumentState: made }]);
    expect(refused).toMatchObject({ status: 400, body: { error: 'invalid_input', row: 0, documentId: made.id, fields: [{ field: 'id' }] } });
  });

  it('writes all rows of a push or none: one invalid document refuses the batch, naming it and its field', async () => {
    const good = replicated(makeEventType({ slug: 'good' }));
    const bad = replicated(makeEventType({ slug: 'bad', durationMinutes: -5 }));
    const response = await api.post('/sync/event_types/push', [{ newDocumentState: good }, { newDocumentState: bad }]);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_input', row: 1, documentId: bad.id, fields: [expect.objectContaining({ field: 'durationMinutes' })] });
    expect(await pullAll('event_types')).toEqual([]);
  });

  it('refuses a batch whose second row reuses a live slug, writing nothing', async () => {
    const a = replicated(makeEventType({ slug: 'intro' }));
    const b = replicated(makeEventType({ slug: 'intro' }));
    const response = await api.post('/sync/event_types/push', [{ newDocumentState: a }, { newDocumentState: b }]);
    expect(response).toMatchObject({ status: 400, body: { row: 1, documentId: b.id, fields: [{ field: 'slug' }] } });
    expect(await pullAll('event_types')).toEqual([]);
  });

  it('pages in (seq, id) order and echoes the checkpoint when nothing is new', async () => {
    const docs = Array.from({ length: 5 }, (_, i) => replicated(makeEventType({ slug: `s-${i}` })));
    await api.post('/sync/event_types/push', docs.map((d) => ({ newDocumentState: d })));
    const first = (await api.get<PullBody>('/sync/event_types/pull?limit=2')).body;
    expect(first.documents.map((d) => d['id'])).toEqual([docs[0]?.id, docs[1]?.id]);
    const rest = (await api.get<PullBody>(`/sync/event_types/pull?seq=${first.checkpoint.seq}&id=${first.checkpoint.id}&limit=1000`)).body;
    expect(rest.documents.map((d) => d['id'])).toEqual(docs.slice(2).map((d) => d.id));
    const none = (await api.get<PullBody>(`/sync/event_types/pull?seq=${rest.checkpoint.seq}&id=${rest.checkpoint.id}`)).body;
    expect(none).toEqual({ documents: [], checkpoint: rest.checkpoint });
    expect((await api.get<PullBody>('/sync/links/pull')).body).toEqual({ documents: [], checkpoint: { seq: 0, id: '' } });
  });

  it('answers 404 for an unknown collection and /api/me with the host', async () => {
    expect(await api.get('/sync/users/pull')).toMatchObject({ status: 404, body: { error: 'not_found' } });
    expect(await api.post('/sync/users/push', [])).toMatchObject({ status: 404, body: { error: 'not_found' } });
    expect((await api.get('/api/me')).body).toEqual({ hostId, name: expect.any(String), slug: expect.any(String), timezone: 'Europe/Berlin', email: '', publicUrl: server.config.publicUrl, photoUrl: null });
    expect(await api.get('/api/health')).toMatchObject({ status: 200, body: { ok: true } });
  });
});
