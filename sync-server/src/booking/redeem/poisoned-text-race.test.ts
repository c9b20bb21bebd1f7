// Runs in tests (server side). Text a database cannot hold (a NUL, a lone surrogate) is refused
// with a 400 naming the field, and never costs anyone else their booking: 30 good and 30 poisoned
// bookings sent at once, each of its own link, so the good ones queue in the same groups (on
// PostgreSQL, the same statements) as the poisoned ones. On both stores, over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../../testing/http-client.ts';
import { postgresTarget, sqliteTarget, type StoreTarget } from '../../testing/store-targets.ts';
import { startTestServer, type TestServer } from '../../testing/start-test-server.ts';
import { seedEventType, seedLinks, startInDays } from '../testing/seed-booking-data.ts';

const N = 30;
const POISONS = [
  { field: 'notes', value: { notes: 'a\u0000b' } },
  { field: 'name', value: { name: 'Ada \uD800 Lovelace' } },
  { field: 'notes', value: { notes: 'lone low \uDC00 surrogate' } },
];

const postgres = postgresTarget();
const targets: StoreTarget[] = [sqliteTarget(), postgres];
beforeAll(async () => { await Promise.all(targets.map((target) => target.setup())); });
afterAll(async () => { await Promise.all(targets.map((target) => target.teardown())); });

describe.each(targets)('unstorable invitee text on $name', (target) => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer({ database: await target.freshDatabase() }); });
  afterAll(async () => { await server?.close(); });

  it(`${N} good and ${N} poisoned bookings at once: every good one gets its 201, every poisoned one a 400 naming the field`, async () => {
    const host = await server.createHost();
    const eventType = await seedEventType(server.store, host.hostId);
    const links = await seedLinks(server.store, host.hostId, eventType.id, 2 * N);
    const sends = links.map((link, i) => {
      const poison = i % 2 === 1 ? POISONS[i % POISONS.length]! : null;
      // Each booking at a start of its own: only the text can fail it.
      const body = { start: startInDays(2 + Math.floor(i / 24), i % 24), name: `Invitee ${i}`, email: `invitee${i}@example.com`, timezone: 'UTC', ...poison?.value };
      return request(`${server.baseUrl}/api/public/links/${link.token}/bookings`, { method: 'POST', json: body }).then((answer) => ({ answer, poison }));
    });
    const results = await Promise.all(sends);
    const good = results.filter((r) => r.poison === null);
    const poisoned = results.filter((r) => r.poison !== null);
    expect(good.map((r) => r.answer.status)).toEqual(Array(N).fill(201));
    for (const { answer, poison } of poisoned) {
      expect(answer.status).toBe(400);
      expect((answer.body as { error: string; fields: { field: string }[] }).error).toBe('invalid_input');
      expect((answer.body as { fields: { field: string }[] }).fields.map((f) => f.field)).toContain(poison!.field);
    }
    const stored = await server.store.pull(host.hostId, 'bookings', null, 1000);
    expect(stored.documents).toHaveLength(N);
  });
});
