// Runs in tests (server side). The links API's budget per host token, on a real server built with
// a small LINKS_API_RATE_LIMIT: one budget across the three routes, 429 {error: 'rate_limited'}
// past it, and another host's token untouched by it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app/build-app.ts';
import { loadConfig } from '../config/load-config.ts';
import { createHost } from '../hosts/create-host.ts';
import { openStore } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { seedEventType } from '../booking/testing/seed-booking-data.ts';
import { hostClient } from '../testing/http-client.ts';

const LIMIT = 4;

describe('links API rate limit', () => {
  let dir: string;
  let store: Store;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let baseUrl: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scheduler-links-limit-'));
    // Read from the environment as the server does, so the variable itself is what is tested.
    const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`, PORT: '0', LOG_LEVEL: 'silent', LINKS_API_RATE_LIMIT: String(LIMIT) }, dir);
    store = await openStore(config.database);
    app = await buildApp({ store, config, logger: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it(`answers 429 rate_limited past ${LIMIT} requests a minute of one token, across the routes; other tokens go on`, async () => {
    const first = await createHost(store, { name: 'First', slug: 'first', timezone: 'UTC' });
    const second = await createHost(store, { name: 'Second', slug: 'second', timezone: 'UTC' });
    const eventType = await seedEventType(store, first.host.id);
    const api = hostClient(baseUrl, first.token);

    const minted = await api.post<{ link: { id: string } }>('/api/links', { eventTypeId: eventType.id });
    expect(minted.status).toBe(201);
    expect((await api.get('/api/links')).status).toBe(200);
    expect((await api.post(`/api/links/${minted.body.link.id}/revoke`, {})).status).toBe(200);
    expect((await api.get('/api/links?status=revoked')).status).toBe(200);
    const over = await api.post('/api/links', { eventTypeId: eventType.id });
    expect(over).toMatchObject({ status: 429, body: { error: 'rate_limited' } });
    expect((await api.get('/api/links')).status).toBe(429);
    // Nothing was minted by the refused request.
    expect((await store.pull(first.host.id, 'links', null, 10)).documents).toHaveLength(1);

    // Another host's token has its own budget; the host's other endpoints are not limited by this one.
    expect((await hostClient(baseUrl, second.token).get('/api/links')).status).toBe(200);
    expect((await api.get('/api/me')).status).toBe(200);
  });
});
