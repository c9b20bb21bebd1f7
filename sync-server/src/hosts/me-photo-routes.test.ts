// Runs in tests (server side). The host's profile photo over real HTTP, on SQLite and a real
// (embedded) PostgreSQL: `PUT /api/me/photo` stores PNG, JPEG and WebP, `GET /h/{slug}/photo`
// serves the same bytes with their type, nosniff, a CSP, caching and an ETag (304 on a match),
// wrong types, oversized bodies and oversized images are refused with their error shapes, DELETE
// removes it, and the booking page shows the photo or the initial at the very next GET.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEventType, seedLinks } from '../booking/testing/seed-booking-data.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { request } from '../testing/http-client.ts';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';
import { postgresTarget, sqliteTarget, type StoreTarget } from '../testing/store-targets.ts';
import { gifBytes, jpegBytes, pngBytes, webpBytes } from './testing/photo-bytes.ts';

/** The bytes as a fetch body (a copy on its own ArrayBuffer). */
const bodyOf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

const targets: StoreTarget[] = [sqliteTarget(), postgresTarget()];
beforeAll(async () => { await Promise.all(targets.map((target) => target.setup())); });
afterAll(async () => { await Promise.all(targets.map((target) => target.teardown())); });

describe.each(targets)('/api/me/photo on $name', (target) => {
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

  const put = (host: TestHost, type: string, bytes: Uint8Array) =>
    request<Record<string, unknown>>(`${server.baseUrl}/api/me/photo`, { method: 'PUT', token: host.token, headers: { 'content-type': type }, body: bodyOf(bytes) });
  const remove = (host: TestHost) => request(`${server.baseUrl}/api/me/photo`, { method: 'DELETE', token: host.token });
  const me = (host: TestHost) => request<Record<string, unknown>>(`${server.baseUrl}/api/me`, { token: host.token });
  const photo = (slug: string, headers: Record<string, string> = {}) => fetch(`${server.baseUrl}/h/${slug}/photo`, { headers });

  it('stores a PNG and serves the same bytes with their type, nosniff, a CSP, caching and an ETag', async () => {
    const host = await server.createHost({ name: 'Grace Hopper' });
    expect((await me(host)).body).toMatchObject({ photoUrl: null, name: 'Grace Hopper', slug: host.slug });
    const png = pngBytes(8, 8);
    const answer = await put(host, 'image/png', png);
    expect(answer.status).toBe(200);
    const photoUrl = answer.body.photoUrl as string;
    expect(photoUrl).toMatch(new RegExp(`^${server.config.publicUrl}/h/${host.slug}/photo\\?v=[0-9a-f]{16}$`));
    expect((await me(host)).body).toMatchObject({ photoUrl, name: 'Grace Hopper', email: '', timezone: expect.any(String) });

    const served = await photo(host.slug);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(served.headers.get('cache-control')).toBe('public, max-age=300');
    // The desktop app (another origin) reads it for its preview.
    expect(served.headers.get('access-control-allow-origin')).toBe('*');
    const etag = served.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);

    const again = await photo(host.slug, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await photo(host.slug, { 'if-none-match': '"other"' })).status).toBe(200);
  });

  it('accepts JPEG and WebP, and a new photo replaces the old one (a new version)', async () => {
    const host = await server.createHost();
    const first = await put(host, 'image/jpeg', jpegBytes(640, 480));
    expect(first.status).toBe(200);
    expect((await photo(host.slug)).headers.get('content-type')).toBe('image/jpeg');
    const second = await put(host, 'image/webp', webpBytes(100, 100, 'VP8L'));
    expect(second.status).toBe(200);
    expect(second.body.photoUrl).not.toBe(first.body.photoUrl);
    const served = await photo(host.slug);
    expect(served.headers.get('content-type')).toBe('image/webp');
    expect(Buffer.from(await served.arrayBuffer()).equals(webpBytes(100, 100, 'VP8L'))).toBe(true);
  });

  it('refuses a GIF, a PNG declared as JPEG, more than 1 MB and a 5000×5000 image, keeping the photo it had', async () => {
    const host = await server.createHost();
    expect((await put(host, 'image/png', pngBytes(2, 2))).status).toBe(200);
    const kept = (await me(host)).body.photoUrl;

    const gif = await put(host, 'image/gif', gifBytes(1, 1));
    expect(gif).toMatchObject({ status: 415, body: { error: 'unsupported_media_type', message: expect.stringContaining('PNG, JPEG or WebP') } });
    const disguised = await put(host, 'image/jpeg', pngBytes(1, 1));
    expect(disguised).toMatchObject({ status: 415, body: { error: 'unsupported_media_type', message: expect.any(String) } });
    const json = await request<Record<string, unknown>>(`${server.baseUrl}/api/me/photo`, { method: 'PUT', token: host.token, json: { photo: 'x' } });
    expect(json).toMatchObject({ status: 415, body: { error: 'unsupported_media_type' } });

    const huge = await put(host, 'image/png', Buffer.concat([pngBytes(1, 1), Buffer.alloc(2 * 1024 * 1024)]));
    expect(huge).toMatchObject({ status: 413, body: { error: 'too_large', message: expect.stringContaining('1 MB') } });

    const wide = await put(host, 'image/png', pngBytes(5000, 5000));
    expect(wide.status).toBe(400);
    expect(wide.body).toMatchObject({ error: 'invalid_input', fields: [{ field: 'photo', message: expect.stringContaining('4096') }] });

    expect((await me(host)).body.photoUrl).toBe(kept);
  });

  it('DELETE removes the photo: 204, then 404 and photoUrl null', async () => {
    const host = await server.createHost();
    expect((await put(host, 'image/png', pngBytes(1, 1))).status).toBe(200);
    expect((await remove(host)).status).toBe(204);
    expect((await photo(host.slug)).status).toBe(404);
    expect((await me(host)).body.photoUrl).toBeNull();
    // Removing when there is none is fine too.
    expect((await remove(host)).status).toBe(204);
    expect((await photo('no-such-host')).status).toBe(404);
  });

  it('needs the host token, and lets a cross-origin client send PUT and DELETE', async () => {
    expect((await request(`${server.baseUrl}/api/me/photo`, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: bodyOf(pngBytes(1, 1)) })).status).toBe(401);
    expect((await request(`${server.baseUrl}/api/me/photo`, { method: 'DELETE', token: 'wrong' })).status).toBe(401);
    const preflight = await fetch(`${server.baseUrl}/api/me/photo`, { method: 'OPTIONS', headers: { origin: 'app://desktop', 'access-control-request-method': 'PUT' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('DELETE');
    const host = await server.createHost();
    const answer = await fetch(`${server.baseUrl}/api/me/photo`, { method: 'PUT', headers: { origin: 'app://desktop', authorization: `Bearer ${host.token}`, 'content-type': 'image/png' }, body: bodyOf(pngBytes(1, 1)) });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('shows the photo on the booking pages at the very next GET, and the initial again after DELETE', async () => {
    const created = await server.createHost({ name: 'Zelda Photo' });
    const eventType = await seedEventType(store, created.hostId);
    const [link] = await seedLinks(store, created.hostId, eventType.id, 1);
    const page = async (path: string) => (await fetch(`${server.baseUrl}${path}`)).text();
    const paths = [`/l/${link!.token}`, `/e/${created.slug}/${eventType.slug}`];
    const initial = '<span class="avatar" aria-hidden="true">Z</span>';
    // Twice: the second is served from the view cache.
    for (const path of [...paths, ...paths]) expect(await page(path)).toContain(initial);

    const photoUrl = (await put(created, 'image/png', pngBytes(4, 4))).body.photoUrl as string;
    const src = new URL(photoUrl).pathname + new URL(photoUrl).search;
    for (const path of paths) {
      const html = await page(path);
      expect(html).toContain(`<img class="avatar" src="${src}" alt="" width="36" height="36">`);
      expect(html).not.toContain(initial);
    }
    // The page's img loads.
    expect((await fetch(`${server.baseUrl}${src}`)).status).toBe(200);

    const replaced = (await put(created, 'image/jpeg', jpegBytes(4, 4))).body.photoUrl as string;
    expect(await page(paths[0]!)).toContain(new URL(replaced).search);

    expect((await remove(created)).status).toBe(204);
    for (const path of paths) {
      const html = await page(path);
      expect(html).toContain(initial);
      expect(html).not.toContain('<img class="avatar"');
    }
  });
});
