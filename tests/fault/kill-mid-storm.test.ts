// test (fault): SIGKILL the server process in the middle of a booking storm, on SQLite and on
// PostgreSQL, and start it again on the same database. Every booking that was answered 201 is
// stored (a 2xx means durable), no link has more bookings than maxUses, no two bookings overlap,
// and the restarted server takes bookings again.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEventType, seedLinks, startInDays } from '../../sync-server/src/booking/testing/seed-booking-data.ts';
import { createHost } from '../../sync-server/src/hosts/create-host.ts';
import { openStore } from '../../sync-server/src/store/open-store.ts';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../sync-server/src/testing/start-embedded-postgres.ts';
import { spawnServerProcess, type ServerProcess } from '../../sync-server/src/testing/spawn-server-process.ts';
import { findInvariantBreaks, type AcknowledgedBooking } from './testing/check-booking-invariants.ts';

const SERVER_ENV = { BOOKING_RATE_LIMIT: '1000000', LOOKUP_FAILURE_LIMIT: '1000000', LOG_LEVEL: 'error' };
const REQUESTS = 400;
const CONCURRENCY = 40;

interface Storm {
  acknowledged: AcknowledgedBooking[];
  /** Requests that never got an answer (the kill cut them off). */
  cutOff: number;
  /** Answers other than 201, 409 and 410 (none expected). */
  unexpected: string[];
}

/**
 * Confirmations from many invitees at once: random links (some single-use, some for three) and
 * starts from a small set of overlapping half-hour slots, so links and slots are both contended.
 * `onProgress` hears of each 201, so the test can kill the server while the storm is at its height.
 */
async function bookingStorm(baseUrl: string, links: { id: string; token: string }[], starts: string[], onCreated: (count: number) => void): Promise<Storm> {
  const acknowledged: AcknowledgedBooking[] = [];
  const unexpected: string[] = [];
  let cutOff = 0;
  let next = 0;
  // mulberry32: a seeded generator, so every run plays the same storm.
  let state = 12345;
  const random = (n: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const worker = async (): Promise<void> => {
    while (next < REQUESTS) {
      next += 1;
      const link = links[random(links.length)]!;
      const start = starts[random(starts.length)]!;
      let answer: { status: number; body: { booking?: { id: string; start: string } } };
      try {
        const response = await fetch(`${baseUrl}/api/public/links/${link.token}/bookings`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ start, name: 'Storm Invitee', email: 'storm@example.com', timezone: 'UTC' }),
        });
        answer = { status: response.status, body: (await response.json()) as { booking?: { id: string; start: string } } };
      } catch {
        cutOff += 1;
        continue;
      }
      if (answer.status === 201 && answer.body.booking) {
        acknowledged.push({ id: answer.body.booking.id, linkId: link.id, start: answer.body.booking.start });
        onCreated(acknowledged.length);
      } else if (answer.status !== 409 && answer.status !== 410) {
        unexpected.push(`${answer.status} ${JSON.stringify(answer.body)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, () => worker()));
  return { acknowledged, cutOff, unexpected };
}

describe.each(['sqlite', 'postgres'] as const)('SIGKILL in the middle of a booking storm (%s)', (kind) => {
  let pg: EmbeddedPostgresHandle | null = null;
  let dir = '';
  beforeAll(async () => {
    if (kind === 'postgres') pg = await startEmbeddedPostgres();
    else dir = await mkdtemp(join(tmpdir(), 'scheduler-kill-'));
  });
  afterAll(async () => {
    await pg?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged booking and breaks no invariant after a restart', async () => {
    const url = pg ? await pg.createDatabase() : `sqlite:${join(dir, 'scheduler.sqlite')}`;
    const store = await openStore(pg ? { kind: 'postgres', url } : { kind: 'sqlite', path: join(dir, 'scheduler.sqlite') });
    const { host, token } = await createHost(store, { name: 'Storm Host', slug: 'storm', timezone: 'UTC' });
    const eventType = await seedEventType(store, host.id, { slotStepMinutes: 15 });
    const links = [
      ...(await seedLinks(store, host.id, eventType.id, 30)),
      ...(await seedLinks(store, host.id, eventType.id, 10, { maxUses: 3 })),
    ];
    await store.close();
    // 30-minute meetings on a 15-minute grid: neighbouring starts overlap.
    const startsFrom = (day: number) => Array.from({ length: 40 }, (_, i) => startInDays(day + Math.floor(i / 20), 8 + Math.floor((i % 20) / 4), (i % 4) * 15));
    const starts = startsFrom(3);

    let server: ServerProcess = await spawnServerProcess({ DATABASE_URL: url, ...SERVER_ENV });
    const doomed = server;
    let killedAt = -1;
    const storm = await bookingStorm(server.baseUrl, links, starts, (count) => {
      if (count === 8 && killedAt < 0) {
        killedAt = count;
        doomed.child.kill('SIGKILL');
      }
    });
    expect(storm.unexpected).toEqual([]);
    expect(killedAt).toBe(8);
    await new Promise<void>((resolve) => { if (doomed.child.exitCode !== null || doomed.child.signalCode !== null) resolve(); else doomed.child.once('exit', () => resolve()); });
    expect(doomed.child.signalCode).toBe('SIGKILL');
    expect(storm.cutOff).toBeGreaterThan(0);

    server = await spawnServerProcess({ DATABASE_URL: url, ...SERVER_ENV });
    try {
      expect(await findInvariantBreaks(server.baseUrl, token, storm.acknowledged)).toEqual([]);

      // The restarted server serves: a second storm on the same links, then the same checks.
      const after = await bookingStorm(server.baseUrl, links, startsFrom(6), () => {});
      expect(after.cutOff).toBe(0);
      expect(after.unexpected).toEqual([]);
      expect(after.acknowledged.length).toBeGreaterThan(0);
      expect(await findInvariantBreaks(server.baseUrl, token, [...storm.acknowledged, ...after.acknowledged])).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
