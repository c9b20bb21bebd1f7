// Runs in tests (server side). `GET /api/me` and `PATCH /api/me` over real HTTP, on SQLite and a
// real (embedded) PostgreSQL: the profile changes, each bad or unknown field is named, a taken
// slug is a 409 that changes nothing, and the booking pages show the new name on the very next
// GET (the view cache drops the host's answers on the store's notice).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEventType, seedLinks } from '../booking/testing/seed-booking-data.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { request } from '../testing/http-client.ts';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';
import { postgresTarget, sqliteTarget, type StoreTarget } from '../testing/store-targets.ts';

const targets: StoreTarget[] = [sqliteTarget(), postgresTarget()];
beforeAll(async () => { await Promise.all(targets.map((target) => target.setup())); });
afterAll(async () => { await Promise.all(targets.map((target) => target.teardown())); });

describe.each(targets)('/api/me on $name', (target) => {
  let server: TestServer;
  let store: Store;
  beforeAll(async () => {
    store = await openStore(await target.freshDatabase());
    server = await startTestServer({ store });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  const me = (host: TestHost) => request<Record<string, unknown>>(`${server.baseUrl}/api/me`, { token: host.token });
  const patch = (host: TestHost, json: unknown) => request<Record<string, unknown>>(`${server.baseUrl}/api/me`, { method: 'PATCH', token: host.token, json });

  it('answers the email with the profile, \'\' when there is none', async () => {
    const host = await server.createHost({ name: 'Grace Hopper', timezone: 'Europe/Berlin' });
    expect(await me(host)).toMatchObject({
      status: 200,
      body: { hostId: host.hostId, name: 'Grace Hopper', slug: host.slug, timezone: 'Europe/Berlin', email: '', publicUrl: server.config.publicUrl },
    });
  });

  it('changes the given fields and answers the new /api/me body', async () => {
    const host = await server.createHost({ name: 'Me' });
    const slug = `ada-${host.slug}`;
    const answer = await patch(host, { name: '  Ada Lovelace ', email: 'ada@example.org', timezone: 'America/New_York', slug });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ hostId: host.hostId, name: 'Ada Lovelace', email: 'ada@example.org', timezone: 'America/New_York', slug, publicUrl: server.config.publicUrl, photoUrl: null });
    expect((await me(host)).body).toEqual(answer.body);
    // Only what is given changes; an empty email clears it.
    const cleared = await patch(host, { email: '' });
    expect(cleared).toMatchObject({ status: 200, body: { name: 'Ada Lovelace', email: '', slug } });
    expect(await patch(host, {})).toMatchObject({ status: 200, body: { name: 'Ada Lovelace', slug } });
  });

  it('names each bad and each unknown field, and changes nothing', async () => {
    const host = await server.createHost({ name: 'Unchanged' });
    const before = (await me(host)).body;
    const answer = await patch(host, { name: 'Line\nbreak', email: 'not-an-email', timezone: 'Mars/Olympus', slug: 'Not A Slug', photo: 'x.png', hostId: 'other' });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('invalid_input');
    const fields = (answer.body.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'hostId', 'name', 'photo', 'slug', 'timezone']);
    for (const body of [{ name: '' }, { name: 'x'.repeat(201) }, { name: 42 }, { slug: 'a'.repeat(101) }, { slug: '-ada' }, { timezone: '+01:00' }, { email: null }]) {
      const refused = await patch(host, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect((refused.body.fields as { field: string }[]).map((f) => f.field)).toEqual(Object.keys(body));
    }
    for (const body of [[], 'name', null]) {
      expect((await patch(host, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await me(host)).body).toEqual(before);
  });

  it('answers 409 slug_taken for another host\'s slug, changing nothing', async () => {
    const host = await server.createHost({ name: 'Wants a slug' });
    const other = await server.createHost();
    const answer = await patch(host, { name: 'Should not stick', slug: other.slug });
    expect(answer).toMatchObject({ status: 409, body: { error: 'slug_taken' } });
    expect((await me(host)).body).toMatchObject({ name: 'Wants a slug', slug: host.slug });
    // Its own slug is not taken.
    expect((await patch(host, { slug: host.slug })).status).toBe(200);
  });

  it('needs the host token', async () => {
    expect((await request(`${server.baseUrl}/api/me`, { method: 'PATCH', json: { name: 'X' } })).status).toBe(401);
    expect((await request(`${server.baseUrl}/api/me`, { method: 'PATCH', token: 'wrong', json: { name: 'X' } })).status).toBe(401);
  });

  it('lets a cross-origin client send PATCH (the desktop app is not served from the server)', async () => {
    const preflight = await fetch(`${server.baseUrl}/api/me`, { method: 'OPTIONS', headers: { origin: 'app://desktop', 'access-control-request-method': 'PATCH' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
  });

  it('shows the new name on the booking pages at the very next GET, and the standard link moves with the slug', async () => {
    const created = await server.createHost({ name: 'Zelda Original' });
    const eventType = await seedEventType(store, created.hostId);
    const [link] = await seedLinks(store, created.hostId, eventType.id, 1);
    const page = async (path: string) => {
      const response = await fetch(`${server.baseUrl}${path}`);
      return { status: response.status, html: await response.text() };
    };
    // Twice: the second is served from the view cache.
    for (let i = 0; i < 2; i += 1) expect((await page(`/l/${link!.token}`)).html).toContain('Zelda Original');
    expect((await page(`/e/${created.slug}/${eventType.slug}`)).html).toContain('Zelda Original');

    const slug = `renamed-${created.slug}`;
    expect((await patch(created, { name: 'Ada Lovelace', slug })).status).toBe(200);
    const after = await page(`/l/${link!.token}`);
    expect(after.status).toBe(200);
    expect(after.html).toContain('Ada Lovelace');
    expect(after.html).not.toContain('Zelda Original');
    expect((await page(`/e/${slug}/${eventType.slug}`))).toMatchObject({ status: 200, html: expect.stringContaining('Ada Lovelace') });
    expect((await page(`/e/${created.slug}/${eventType.slug}`)).status).toBe(404);
  });
});
