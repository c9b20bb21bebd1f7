// Runs in Node (bench). Calendar feeds (issue 16): (1) the slots API for a 31-day month while three
// feeds of 500 events each (half of them weekly series) block the host's calendar, the view cache
// off so every answer reads the busy rows and runs the engine; target p99 < 20 ms. (2) Booking
// throughput on SQLite, 64 clients, while the three feeds are refreshed every second (each refresh
// fetches, parses and rewrites 500 events), against the same server setup with the feeds fetched
// once: target ratio >= 0.9 (a refresh moves throughput by at most 10%). Refreshing every second is
// 300 times the default period: the row measures refreshes running all the time, not one in five minutes.
import type { AutocannonRequest } from 'autocannon';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BenchResult } from '../render-results.ts';
import { alternateRounds, bestOf } from '../support/alternate-rounds.ts';
import { openBenchDatabases, type BenchDatabases } from '../support/bench-databases.ts';
import { bookingBody, setUpBooking, type BookingSetup } from '../support/booking-setup.ts';
import { runLoad, type LoadResult } from '../support/run-load.ts';

const FEEDS = 3;
const EVENTS_PER_FEED = 500;
const DAY_MS = 86_400_000;

const ics = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** 500 events over the next 90 days: even ones single, odd ones weekly series of 8. */
function feedBody(feed: number): string {
  const tomorrow = new Date();
  tomorrow.setUTCHours(24, 0, 0, 0);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//1x bench//EN'];
  for (let i = 0; i < EVENTS_PER_FEED; i += 1) {
    // Spread over the days and hours, feeds shifted against each other.
    const start = tomorrow.getTime() + ((i * 7 + feed * 3) % 90) * DAY_MS + (((i * 5 + feed) % 20) + 2) * 30 * 60_000;
    lines.push('BEGIN:VEVENT', `UID:f${feed}-e${i}@bench`, 'DTSTAMP:20260101T000000Z', `DTSTART:${ics(start)}`, `DTEND:${ics(start + 30 * 60_000)}`);
    if (i % 2 === 1) lines.push('RRULE:FREQ=WEEKLY;COUNT=8');
    lines.push('SUMMARY:Busy', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

async function startProvider(): Promise<{ url: (feed: number) => string; server: Server }> {
  const bodies = Array.from({ length: FEEDS }, (_, feed) => feedBody(feed));
  let fetches = 0;
  const server = createServer((request, response) => {
    const feed = Number(/^\/feed-(\d+)\.ics$/.exec(request.url ?? '')?.[1] ?? -1);
    const body = bodies[feed];
    if (body === undefined) return response.writeHead(404).end();
    // No validators, and a body that differs on every fetch: each refresh downloads and parses the
    // whole feed (the busy times it finds stay the same, as most refreshes of a real calendar do).
    fetches += 1;
    response.writeHead(200, { 'content-type': 'text/calendar' }).end(body.replace('PRODID:-//1x bench//EN', `PRODID:-//1x bench//EN\r\nX-BENCH-FETCH:${fetches}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: (feed) => `http://127.0.0.1:${port}/feed-${feed}.ics`, server };
}

/** Pushes the feeds as the desktop would and waits until the server has fetched them all. */
async function addFeeds(setup: BookingSetup, url: (feed: number) => string): Promise<void> {
  const now = new Date().toISOString();
  const rows = Array.from({ length: FEEDS }, (_, feed) => ({
    newDocumentState: { id: `bench-feed-${feed}`, name: `Feed ${feed}`, url: url(feed), enabled: true, createdAt: now, updatedAt: now, lastFetchedAt: null, lastError: null, busyCount: 0, _deleted: false },
  }));
  const auth = { authorization: `Bearer ${setup.hostToken}`, 'content-type': 'application/json' };
  const pushed = await fetch(`${setup.server.baseUrl}/sync/calendar_feeds/push`, { method: 'POST', headers: auth, body: JSON.stringify(rows) });
  if (pushed.status !== 200) throw new Error(`feeds push: HTTP ${pushed.status} ${await pushed.text()}`);
  for (let tries = 0; tries < 200; tries += 1) {
    const pulled = await (await fetch(`${setup.server.baseUrl}/sync/calendar_feeds/pull?limit=100`, { headers: auth })).json() as { documents: { lastFetchedAt: string | null; lastError: string | null; busyCount: number }[] };
    const fetched = pulled.documents.filter((doc) => doc.lastFetchedAt !== null);
    if (fetched.length === FEEDS) {
      if (fetched.some((doc) => doc.lastError !== null || doc.busyCount === 0)) throw new Error(`feeds: ${JSON.stringify(pulled.documents)}`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('feeds were not fetched within 20 s');
}

function monthAhead(): { from: string; to: string } {
  const now = new Date();
  const date = (d: Date) => d.toISOString().slice(0, 10);
  return { from: date(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))), to: date(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 2, 0))) };
}

async function slotsUnderFeeds(databases: BenchDatabases, provider: { url: (feed: number) => string } | null, seconds: number): Promise<LoadResult> {
  const setup = await setUpBooking(databases, 'sqlite', { links: 1, serverEnv: { ALLOW_PRIVATE_FETCH: 'true', CALENDAR_FEED_REFRESH_SECONDS: '3600', PUBLIC_VIEW_CACHE_MS: '0' } });
  try {
    if (provider) await addFeeds(setup, provider.url);
    const month = monthAhead();
    const url = `${setup.server.baseUrl}/api/public/links/${setup.links[0]!.token}/slots?from=${month.from}&to=${month.to}&timezone=America%2FNew_York`;
    await runLoad({ url, connections: 1, duration: 1 }); // warm-up
    const load = await runLoad({ url, connections: 1, duration: seconds });
    if (load.statuses['200'] !== load.answered) throw new Error(`slots: answers ${JSON.stringify(load.statuses)}`);
    return load;
  } finally {
    await setup.stop();
  }
}

const CLIENTS = 64;
const LINKS = 60_000;
const bookedPerSecond = (run: LoadResult): number => (run.statuses['201'] ?? 0) / run.durationS;

function book(setup: BookingSetup, seconds: number, counter: { n: number }): Promise<LoadResult> {
  return runLoad({
    url: setup.server.baseUrl, connections: CLIENTS, duration: seconds,
    requests: [{
      method: 'POST', headers: { 'content-type': 'application/json' },
      setupRequest: (request: AutocannonRequest) => {
        counter.n += 1;
        return { ...request, path: `/api/public/links/${setup.links[counter.n % LINKS]!.token}/bookings`, body: bookingBody(setup.spreadStartAt(counter.n), counter.n) };
      },
    }],
  });
}

export async function runCalendarFeedsBench({ quick }: { quick: boolean }): Promise<BenchResult> {
  const seconds = quick ? 1 : 5;
  const rounds = quick ? 1 : 2;
  const databases = await openBenchDatabases();
  const provider = await startProvider();
  try {
    // Baseline, same run: the same month of the same host with no feeds.
    const slots = await slotsUnderFeeds(databases, provider, seconds);
    const plain = await slotsUnderFeeds(databases, null, seconds);
    // Both servers hold the same three feeds; one refreshes them every second, the other fetched them once.
    const links = quick ? 10_000 : LINKS;
    const quiet = await setUpBooking(databases, 'sqlite', { links, serverEnv: { ALLOW_PRIVATE_FETCH: 'true', CALENDAR_FEED_REFRESH_SECONDS: '3600' } });
    const busy = await setUpBooking(databases, 'sqlite', { links, serverEnv: { ALLOW_PRIVATE_FETCH: 'true', CALENDAR_FEED_REFRESH_SECONDS: '1' } });
    let runs: { ours: LoadResult[]; theirs: LoadResult[] };
    try {
      await addFeeds(quiet, provider.url);
      await addFeeds(busy, provider.url);
      const quietCounter = { n: -1 };
      const busyCounter = { n: -1 };
      if (!quick) {
        await book(busy, 1, busyCounter);
        await book(quiet, 1, quietCounter);
      }
      runs = await alternateRounds(rounds, () => book(busy, seconds, busyCounter), () => book(quiet, seconds, quietCounter));
    } finally {
      await quiet.stop();
      await busy.stop();
    }
    const withRefresh = bookedPerSecond(bestOf(runs.ours, bookedPerSecond));
    const without = bookedPerSecond(bestOf(runs.theirs, bookedPerSecond));
    return {
      name: `Calendar feeds (${FEEDS} feeds × ${EVENTS_PER_FEED} events, half weekly series)`,
      rows: [
        { metric: 'slots API p99, 31-day month, view cache off (vs no feeds)', value: slots.p99, unit: 'ms', baseline: plain.p99, ratio: slots.p99 / Math.max(plain.p99, 1), target: '< 20 ms' },
        { metric: 'slots API p50, same (vs no feeds)', value: slots.p50, unit: 'ms', baseline: plain.p50, ratio: slots.p50 / Math.max(plain.p50, 1) },
        { metric: `sqlite: bookings/s, ${CLIENTS} clients, feeds refreshed every second (vs fetched once)`, value: withRefresh, unit: '/s', baseline: without, ratio: withRefresh / without, target: '>= 0.9×' },
      ],
    };
  } finally {
    provider.server.close();
    await databases.close();
  }
}
