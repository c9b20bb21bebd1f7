// Runs in tests (server side). Calendar feeds end to end on both stores: a feed pushed by the host
// over /sync is fetched from a local provider by the real fetcher, its busy time disappears from
// the link's slots and a booking over it answers 409; the feed document replicates the fetch's
// report (lastFetchedAt, busyCount, lastError).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeCalendarFeed } from '../../../core/testing/calendar-feed-fixture.ts';
import { seedEventType, seedLinks, startInDays } from '../booking/testing/seed-booking-data.ts';
import { request } from '../testing/http-client.ts';
import { postgresTarget, sqliteTarget } from '../testing/store-targets.ts';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';
import type { CalendarFeedDoc } from '../../../core/schemas/index.ts';
import { startFeedFetcher, type FeedFetcher } from './start-feed-fetcher.ts';
import type { RefreshOutcome } from './refresh-feed.ts';
import { calendarOf, startFeedServer, type FeedServer } from './testing/start-feed-server.ts';

type Slots = { days: { date: string; slots: { start: string }[] }[] };

describe.each([sqliteTarget(), postgresTarget()])('calendar feeds end to end ($name)', (target) => {
  let server: TestServer;
  let host: TestHost;
  let provider: FeedServer;
  let fetcher: FeedFetcher | null = null;
  const outcomes: { feedId: string; outcome: RefreshOutcome }[] = [];

  beforeAll(async () => {
    await target.setup();
    server = await startTestServer({ database: await target.freshDatabase() });
    host = await server.createHost({ name: 'Grace Hopper' });
    provider = await startFeedServer();
  });
  afterEach(async () => {
    await fetcher?.stop();
    fetcher = null;
  });
  afterAll(async () => {
    await provider?.close();
    await server?.close();
    await target.teardown();
  });

  const startFetcher = () => {
    fetcher = startFeedFetcher({ store: server.store, allowPrivate: true, refreshMs: 3_600_000, tickMs: 50, onRefresh: (feedId, outcome) => outcomes.push({ feedId, outcome }) });
  };
  const push = (feed: CalendarFeedDoc, assumed?: CalendarFeedDoc) => request<unknown[]>(`${server.baseUrl}/sync/calendar_feeds/push`, {
    method: 'POST', token: host.token,
    json: [{ ...(assumed ? { assumedMasterState: { ...assumed, _deleted: false } } : {}), newDocumentState: { ...feed, _deleted: false } }],
  });
  const pulledFeed = async (id: string) => {
    const pulled = await request<{ documents: (CalendarFeedDoc & { _deleted: boolean })[] }>(`${server.baseUrl}/sync/calendar_feeds/pull?limit=100`, { token: host.token });
    return pulled.body.documents.find((doc) => doc.id === id);
  };
  const slotStarts = async (token: string, date: string) => {
    const answer = await request<Slots>(`${server.baseUrl}/api/public/links/${token}/slots?from=${date}&to=${date}&timezone=UTC`);
    expect(answer.status).toBe(200);
    return answer.body.days.flatMap((day) => day.slots.map((slot) => slot.start));
  };

  it('a feed\'s busy time removes the slot and a booking over it answers 409; switched off, the slot comes back', async () => {
    const eventType = await seedEventType(server.store, host.hostId);
    const [link, other] = await seedLinks(server.store, host.hostId, eventType.id, 2);
    const busyStart = startInDays(3, 10);
    const busyEnd = startInDays(3, 11);
    const weekly = startInDays(4, 15);
    provider.set('/work.ics', { kind: 'calendar', etag: '"w1"', body: calendarOf([
      { uid: 'one', start: busyStart, end: busyEnd },
      { uid: 'weekly', start: weekly, end: startInDays(4, 16), rrule: 'FREQ=WEEKLY;COUNT=3' },
    ]) });
    const day = busyStart.slice(0, 10);
    expect(await slotStarts(link!.token, day)).toContain(busyStart);

    const feed = makeCalendarFeed({ url: provider.url('/work.ics'), lastFetchedAt: '2020-01-01T00:00:00.000Z', busyCount: 99 });
    expect((await push(feed)).body).toEqual([]);
    startFetcher();
    await expect.poll(() => outcomes.some((o) => o.feedId === feed.id && o.outcome === 'updated'), { timeout: 10_000 }).toBe(true);

    // The server's report replicates; a push never set it (the client's 99 was not taken).
    const reported = await pulledFeed(feed.id);
    expect(reported).toMatchObject({ busyCount: 4, lastError: null });
    expect(Date.parse(reported!.lastFetchedAt!)).toBeGreaterThan(Date.now() - 60_000);

    const starts = await slotStarts(link!.token, day);
    expect(starts).not.toContain(busyStart);
    expect(starts).not.toContain(startInDays(3, 10, 30));
    expect(starts).toContain(startInDays(3, 9, 30));
    expect(starts).toContain(busyEnd);
    const weekDay = startInDays(11, 15);
    expect(await slotStarts(link!.token, weekDay.slice(0, 10))).not.toContain(weekDay);

    const person = { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/London' };
    const over = await request(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, { method: 'POST', json: { start: startInDays(3, 10, 30), ...person } });
    expect(over.status).toBe(409);
    expect(over.body).toEqual({ error: 'slot_unavailable' });
    const beside = await request(`${server.baseUrl}/api/public/links/${other!.token}/bookings`, { method: 'POST', json: { start: busyEnd, ...person } });
    expect(beside.status).toBe(201);

    // Switched off by the host: its busy times stop counting at once.
    const current = (await pulledFeed(feed.id))!;
    const { _deleted: _, ...master } = current;
    expect((await push({ ...master, enabled: false }, master)).body).toEqual([]);
    expect(await slotStarts(link!.token, day)).toContain(busyStart);
  });
});
