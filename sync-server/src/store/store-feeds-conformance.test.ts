// Runs in tests (server side). The calendar feeds' side of the store, on both stores: the feed
// replicates like any document, its busy rows are replaced per feed and read only while the feed
// is enabled and live, a changed URL makes it due at once, and one claim wins a due fetch.
import { beforeEach, describe, expect, it } from 'vitest';
import { replicated } from '../../../core/testing/index.ts';
import { makeCalendarFeed } from '../../../core/testing/calendar-feed-fixture.ts';
import { postgresTarget, sqliteTarget } from '../testing/store-targets.ts';
import { uniqueHostInput, useStoreWithHost } from '../testing/use-store-with-host.ts';
import type { FeedFetchState } from './feed-store.ts';
import type { Host, Store } from './store.ts';

const targets = [sqliteTarget(), postgresTarget()];
const NOW = '2026-03-02T12:00:00.000Z';
const LATER = '2026-03-02T12:05:00.000Z';
const state = (over: Partial<FeedFetchState> = {}): FeedFetchState => ({ etag: '"e1"', lastModified: null, fetchedUrl: null, failures: 0, nextFetchAt: LATER, ...over });

describe.each(targets)('$name store: calendar feeds', (target) => {
  const env = useStoreWithHost(target, () => uniqueHostInput('Europe/Berlin'));
  let store: Store;
  let host: Host;
  beforeEach(() => ({ store, host } = env));

  it('replicates a feed, keeps its busy rows per feed and reads them while it is enabled', async () => {
    const feed = replicated(makeCalendarFeed());
    const other = replicated(makeCalendarFeed({ name: 'Home' }));
    await store.writeTransaction(host.id, async (tx) => {
      await tx.putDoc('calendar_feeds', feed);
      await tx.putDoc('calendar_feeds', other);
    });
    const pulled = await store.pull(host.id, 'calendar_feeds', null, 10);
    expect(pulled.documents.map((d) => d.id).sort()).toEqual([feed.id, other.id].sort());

    await store.writeTransaction(host.id, async (tx) => {
      await tx.saveFeedFetch(feed.id, { busy: [{ start: '2026-03-03T09:00:00.000Z', end: '2026-03-03T10:00:00.000Z' }, { start: '2026-03-05T09:00:00.000Z', end: '2026-03-05T09:30:00.000Z' }], state: state({ fetchedUrl: feed.url }) });
      await tx.saveFeedFetch(other.id, { busy: [{ start: '2026-03-04T09:00:00.000Z', end: '2026-03-04T11:00:00.000Z' }], state: state() });
    });
    const week = { start: '2026-03-02T00:00:00.000Z', end: '2026-03-09T00:00:00.000Z' };
    expect(await store.feeds.listBusy(host.id, week)).toEqual([
      { start: '2026-03-03T09:00:00.000Z', end: '2026-03-03T10:00:00.000Z' },
      { start: '2026-03-04T09:00:00.000Z', end: '2026-03-04T11:00:00.000Z' },
      { start: '2026-03-05T09:00:00.000Z', end: '2026-03-05T09:30:00.000Z' },
    ]);
    // Overlap, not containment: a range inside an interval finds it; touching ends do not.
    expect(await store.feeds.listBusy(host.id, { start: '2026-03-04T10:00:00.000Z', end: '2026-03-04T10:15:00.000Z' })).toHaveLength(1);
    expect(await store.feeds.listBusy(host.id, { start: '2026-03-03T10:00:00.000Z', end: '2026-03-03T11:00:00.000Z' })).toEqual([]);

    // A replacement replaces; null keeps what is there.
    await store.writeTransaction(host.id, (tx) => tx.saveFeedFetch(feed.id, { busy: [{ start: '2026-03-06T09:00:00.000Z', end: '2026-03-06T10:00:00.000Z' }], state: state() }));
    await store.writeTransaction(host.id, (tx) => tx.saveFeedFetch(other.id, { busy: null, state: state({ failures: 1 }) }));
    expect((await store.feeds.listBusy(host.id, week)).map((b) => b.start)).toEqual(['2026-03-04T09:00:00.000Z', '2026-03-06T09:00:00.000Z']);

    // Disabled or deleted feeds block nothing.
    await store.writeTransaction(host.id, async (tx) => {
      await tx.putDoc('calendar_feeds', { ...other, enabled: false });
      await tx.putDoc('calendar_feeds', { ...feed, _deleted: true });
    });
    expect(await store.feeds.listBusy(host.id, week)).toEqual([]);
  });

  it('lists due feeds with their fetch state; a claim wins once; a new URL makes a feed due again', async () => {
    const feed = replicated(makeCalendarFeed({ url: 'https://a.example.org/cal.ics' }));
    await store.writeTransaction(host.id, (tx) => tx.putDoc('calendar_feeds', feed));
    const due = (await store.feeds.listDue(NOW, 100)).filter((d) => d.hostId === host.id);
    expect(due).toHaveLength(1);
    expect(due[0]).toMatchObject({ hostTimezone: 'Europe/Berlin', feed: { doc: feed }, state: { etag: null, failures: 0, nextFetchAt: null } });

    const claims = await Promise.all([1, 2, 3].map(() => store.feeds.claim(host.id, feed.id, NOW, LATER)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect((await store.feeds.listDue(NOW, 100)).filter((d) => d.hostId === host.id)).toEqual([]);

    await store.writeTransaction(host.id, (tx) => tx.saveFeedFetch(feed.id, { busy: [], state: state({ etag: '"v7"', lastModified: 'Mon, 02 Mar 2026 11:00:00 GMT', fetchedUrl: feed.url, failures: 2 }) }));
    const atLater = (await store.feeds.listDue(LATER, 100)).filter((d) => d.hostId === host.id);
    expect(atLater[0]?.state).toEqual({ etag: '"v7"', lastModified: 'Mon, 02 Mar 2026 11:00:00 GMT', fetchedUrl: feed.url, failures: 2, nextFetchAt: LATER });

    // The same document again (e.g. the server's own report) keeps the schedule; a new URL does not.
    await store.writeTransaction(host.id, (tx) => tx.putDoc('calendar_feeds', { ...feed, busyCount: 4 }));
    expect((await store.feeds.listDue(NOW, 100)).filter((d) => d.hostId === host.id)).toEqual([]);
    await store.writeTransaction(host.id, (tx) => tx.putDoc('calendar_feeds', { ...feed, url: 'https://b.example.org/cal.ics' }));
    const moved = (await store.feeds.listDue(NOW, 100)).filter((d) => d.hostId === host.id);
    expect(moved[0]?.state).toMatchObject({ nextFetchAt: null, failures: 0, fetchedUrl: feed.url });
  });
});
