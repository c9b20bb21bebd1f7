// Runs in tests (server side). Invariant 7 across processes: two server processes (the real CLI)
// on one embedded PostgreSQL, both running the outbox worker, take 200 bookings between them;
// every message reaches the SMTP server exactly once (counted at the sink), whichever process
// claimed it, and every row ends sent.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEventType, seedLinks, startInDays } from '../booking/testing/seed-booking-data.ts';
import { createHost } from '../hosts/create-host.ts';
import { openStore } from '../store/open-store.ts';
import { spawnServerProcess, type ServerProcess } from '../testing/spawn-server-process.ts';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../testing/start-embedded-postgres.ts';
import { startSmtpSink, type SmtpSink } from '../testing/start-smtp-sink.ts';

const BOOKINGS = 200;

describe('outbox on two PostgreSQL server processes', () => {
  let cluster: EmbeddedPostgresHandle;
  let url: string;
  let sink: SmtpSink;
  let processes: ServerProcess[] = [];
  beforeAll(async () => {
    [cluster, sink] = await Promise.all([startEmbeddedPostgres(), startSmtpSink()]);
    url = await cluster.createDatabase();
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await sink?.stop();
    await cluster?.stop();
  });

  it(`sends each message of ${BOOKINGS} bookings exactly once`, async () => {
    const store = await openStore({ kind: 'postgres', url });
    const { host } = await createHost(store, { name: 'Grace Hopper', slug: 'grace', timezone: 'UTC', email: 'grace@example.org' });
    const eventType = await seedEventType(store, host.id, { name: 'Intro call', horizonDays: 30 });
    const links = await seedLinks(store, host.id, eventType.id, BOOKINGS);
    await store.close();

    const env = { DATABASE_URL: url, SMTP_URL: sink.url, OUTBOX_POLL_MS: '50', BOOKING_RATE_LIMIT: '1000000', LOG_LEVEL: 'error' };
    processes = await Promise.all([spawnServerProcess(env), spawnServerProcess(env)]);
    // 200 distinct half-hour slots over days 1..5, booked through both processes at once.
    const starts = Array.from({ length: BOOKINGS }, (_, i) => startInDays(1 + Math.floor(i / 40), Math.floor((i % 40) / 2) + 2, (i % 2) * 30));
    let next = 0;
    const statuses: number[] = [];
    await Promise.all(Array.from({ length: 20 }, async (_, worker) => {
      while (next < BOOKINGS) {
        const i = next;
        next += 1;
        const base = processes[worker % 2]!.baseUrl;
        const response = await fetch(`${base}/api/public/links/${links[i]!.token}/bookings`, {
          method: 'POST', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ start: starts[i], name: `Invitee ${i}`, email: `invitee${i}@example.com`, timezone: 'UTC' }),
        });
        statuses.push(response.status);
      }
    }));
    expect(statuses.filter((s) => s === 201)).toHaveLength(BOOKINGS);

    // Each booking: the invitee's confirmation and the host's notice.
    await sink.waitFor(2 * BOOKINGS, 60_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(sink.messages).toHaveLength(2 * BOOKINGS);
    const counts = new Map<string, number>();
    for (const m of sink.messages) counts.set(m.subject ?? '', (counts.get(m.subject ?? '') ?? 0) + 1);
    for (let i = 0; i < BOOKINGS; i += 1) {
      expect(counts.get(`New booking: Invitee ${i}, Intro call`)).toBe(1);
    }
    expect(counts.get('You are booked: Intro call with Grace Hopper')).toBe(BOOKINGS);
    const invitees = sink.messages.filter((m) => m.subject?.startsWith('You are booked')).map((m) => (m.to && 'text' in m.to ? m.to.text : ''));
    expect(new Set(invitees).size).toBe(BOOKINGS);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM outbox WHERE kind = 'email' GROUP BY status`);
      expect(rows).toEqual([{ status: 'sent', n: 2 * BOOKINGS }]);
    } finally {
      await client.end();
    }
  }, 120_000);
});
