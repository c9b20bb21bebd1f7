// Runs in tests (server side). One refresh at a time against a local provider, on a real SQLite
// store: a 304 keeps the busy rows, a malformed or oversized answer keeps them too and shows the
// error, a private address is refused unless allowed, redirects are checked, failures back off.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCalendarFeed } from '../../../core/testing/calendar-feed-fixture.ts';
import { replicated } from '../../../core/testing/index.ts';
import { startInDays } from '../booking/testing/seed-booking-data.ts';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';
import type { ResolveHost } from '../safe-fetch/resolve-allowed-address.ts';
import { refreshFeed, type RefreshDeps } from './refresh-feed.ts';
import { calendarOf, startFeedServer, type FeedServer } from './testing/start-feed-server.ts';

describe('refreshFeed', () => {
  let server: TestServer;
  let host: TestHost;
  let provider: FeedServer;
  beforeAll(async () => {
    server = await startTestServer();
    host = await server.createHost({ timezone: 'Europe/Berlin' });
    provider = await startFeedServer();
  });
  afterAll(async () => {
    await provider?.close();
    await server?.close();
  });

  const deps = (over: Partial<RefreshDeps> = {}): RefreshDeps => ({ store: server.store, allowPrivate: true, refreshMs: 300_000, ...over });
  const week = () => ({ start: startInDays(-1), end: startInDays(30) });
  const addFeed = async (path: string) => {
    const feed = replicated(makeCalendarFeed({ url: provider.url(path) }));
    await server.store.writeTransaction(host.hostId, (tx) => tx.putDoc('calendar_feeds', feed));
    return feed;
  };
  const due = async (feedId: string) => {
    const found = (await server.store.feeds.listDue('2999-01-01T00:00:00.000Z', 1000)).find((d) => d.feed.doc.id === feedId);
    if (!found) throw new Error('feed not listed');
    return found;
  };
  const docOf = async (feedId: string) => (await server.store.getDocs(host.hostId, 'calendar_feeds', [feedId])).get(feedId)!.doc;
  const busyStarts = async () => (await server.store.feeds.listBusy(host.hostId, week())).map((b) => b.start);
  const busyBody = (uid: string, day: number) => calendarOf([{ uid, start: startInDays(day, 9), end: startInDays(day, 10) }]);

  it('sends the ETag back and keeps the busy rows on a 304; a malformed answer keeps them and shows the error, then recovers', async () => {
    provider.set('/a.ics', { kind: 'calendar', etag: '"a1"', body: busyBody('a', 2) });
    const feed = await addFeed('/a.ics');
    expect(await refreshFeed(deps(), await due(feed.id))).toBe('updated');
    const first = (await busyStarts()).length;
    expect(first).toBeGreaterThan(0);
    expect(await docOf(feed.id)).toMatchObject({ busyCount: 1, lastError: null });

    expect(await refreshFeed(deps(), await due(feed.id))).toBe('not_modified');
    expect(provider.requests.at(-1)).toEqual({ path: '/a.ics', ifNoneMatch: '"a1"' });
    expect((await busyStarts()).length).toBe(first);

    provider.set('/a.ics', { kind: 'calendar', etag: '"a2"', body: 'BEGIN:VCALENDAR\r\nthis is not a calendar line\r\n' });
    expect(await refreshFeed(deps(), await due(feed.id))).toBe('failed');
    expect((await busyStarts()).length).toBe(first);
    const broken = await docOf(feed.id);
    expect(broken.lastError).toMatch(/^not an iCalendar feed/);
    expect(broken.busyCount).toBe(1);
    const state = (await due(feed.id)).state;
    expect(state.failures).toBe(1);
    expect(Date.parse(state.nextFetchAt!)).toBeGreaterThan(Date.now() + 250_000);

    provider.set('/a.ics', { kind: 'calendar', etag: '"a3"', body: calendarOf([{ uid: 'x', start: startInDays(3, 9), end: startInDays(3, 10) }, { uid: 'y', start: startInDays(4, 9), end: startInDays(4, 10) }]) });
    expect(await refreshFeed(deps(), await due(feed.id))).toBe('updated');
    expect(await docOf(feed.id)).toMatchObject({ busyCount: 2, lastError: null });
    expect((await due(feed.id)).state.failures).toBe(0);
  });

  it('refuses an answer over the size limit and keeps what it had', async () => {
    provider.set('/big.ics', { kind: 'calendar', body: busyBody('b', 5) });
    const feed = await addFeed('/big.ics');
    expect(await refreshFeed(deps(), await due(feed.id))).toBe('updated');
    provider.set('/big.ics', { kind: 'calendar', body: busyBody('b', 5) + 'X'.repeat(5000) });
    expect(await refreshFeed(deps({ maxBytes: 4000 }), await due(feed.id))).toBe('failed');
    expect(await docOf(feed.id)).toMatchObject({ busyCount: 1, lastError: 'refused: the answer is larger than 4 KB' });
  });

  it('refuses a private address unless ALLOW_PRIVATE_FETCH, and checks where a redirect leads', async () => {
    provider.set('/p.ics', { kind: 'calendar', body: busyBody('p', 6) });
    const feed = await addFeed('/p.ics');
    expect(await refreshFeed(deps({ allowPrivate: false }), await due(feed.id))).toBe('failed');
    expect((await docOf(feed.id)).lastError).toBe('refused: the address 127.0.0.1 is private (loopback); set ALLOW_PRIVATE_FETCH=true to allow it');

    // A redirect to a name the resolver puts nowhere allowed is refused at the hop.
    provider.set('/moved.ics', { kind: 'redirect', location: 'http://internal.test/cal.ics' });
    const moved = await addFeed('/moved.ics');
    const resolve: ResolveHost = async () => [{ address: 'not-an-address', family: 4 }];
    expect(await refreshFeed(deps({ resolve }), await due(moved.id))).toBe('failed');
    expect((await docOf(moved.id)).lastError).toMatch(/^refused: the address not-an-address/);

    provider.set('/loop.ics', { kind: 'redirect', location: provider.url('/loop.ics') });
    const loop = await addFeed('/loop.ics');
    expect(await refreshFeed(deps(), await due(loop.id))).toBe('failed');
    expect((await docOf(loop.id)).lastError).toBe('refused: more than 3 redirects');

    provider.set('/gone.ics', { kind: 'status', status: 404 });
    const gone = await addFeed('/gone.ics');
    expect(await refreshFeed(deps(), await due(gone.id))).toBe('failed');
    expect((await docOf(gone.id)).lastError).toBe('the server answered 404');
  });

  it('drops an answer when the host changed the feed meanwhile', async () => {
    provider.set('/c.ics', { kind: 'calendar', body: busyBody('c', 7) });
    const feed = await addFeed('/c.ics');
    const claimed = await due(feed.id);
    await server.store.writeTransaction(host.hostId, (tx) => tx.putDoc('calendar_feeds', { ...feed, enabled: false }));
    expect(await refreshFeed(deps(), claimed)).toBe('skipped');
    expect((await docOf(feed.id)).lastFetchedAt).toBeNull();
  });
});
