// Runs on the server. The background loop that keeps calendar feeds fresh: every tick (and soon
// after a commit that touched calendar_feeds, e.g. a host adding a feed) it lists the due feeds,
// claims each (so two processes on one PostgreSQL never fetch a feed twice at once) and refreshes
// a bounded number at a time. Nothing here runs on a request's path: slots and bookings read the
// stored busy rows only.
import type { Store } from '../store/store.ts';
import { refreshFeed, type RefreshDeps, type RefreshOutcome } from './refresh-feed.ts';

export interface FeedFetcherOptions extends RefreshDeps {
  /** Feeds fetched at once by this process. */
  concurrency?: number;
  /** How often due feeds are looked for. */
  tickMs?: number;
  /** How long a claim holds a feed (longer than a fetch may take). */
  leaseMs?: number;
  log?: { warn(object: object, message: string): void };
  /** Told of every refresh (tests wait on it). */
  onRefresh?: (feedId: string, outcome: RefreshOutcome) => void;
}

export interface FeedFetcher {
  /** Looks for due feeds now rather than at the next tick. */
  wake(): void;
  /** Stops ticking and waits for the fetches in flight. */
  stop(): Promise<void>;
}

export function startFeedFetcher(options: FeedFetcherOptions): FeedFetcher {
  const store: Store = options.store;
  const concurrency = options.concurrency ?? 4;
  const tickMs = options.tickMs ?? Math.min(10_000, options.refreshMs);
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const now = options.now ?? (() => new Date());
  const inFlight = new Set<Promise<void>>();
  const running = new Set<string>();
  let stopped = false;
  let scanning = false;
  let again = false;
  let wakeTimer: NodeJS.Timeout | null = null;

  const scan = async (): Promise<void> => {
    if (stopped) return;
    if (scanning) {
      again = true;
      return;
    }
    scanning = true;
    try {
      do {
        again = false;
        const free = concurrency - inFlight.size;
        if (free <= 0) break;
        const at = now();
        const due = await store.feeds.listDue(at.toISOString(), free + running.size);
        for (const feed of due) {
          if (stopped || inFlight.size >= concurrency) break;
          const key = `${feed.hostId}/${feed.feed.doc.id}`;
          if (running.has(key)) continue;
          if (!(await store.feeds.claim(feed.hostId, feed.feed.doc.id, at.toISOString(), new Date(at.getTime() + leaseMs).toISOString()))) continue;
          running.add(key);
          const work = refreshFeed(options, feed)
            .then((outcome) => options.onRefresh?.(feed.feed.doc.id, outcome))
            .catch((error: unknown) => options.log?.warn({ err: error, feedId: feed.feed.doc.id }, 'calendar feed refresh failed'))
            .finally(() => {
              running.delete(key);
              inFlight.delete(work);
              if (!stopped) again = true;
            });
          inFlight.add(work);
        }
      } while (again && !stopped && inFlight.size < concurrency);
    } catch (error) {
      options.log?.warn({ err: error }, 'calendar feeds: could not list due feeds');
    } finally {
      scanning = false;
    }
  };

  const wake = (): void => {
    if (stopped || wakeTimer) return;
    // Coalesces a burst of commits (a push of several feeds) into one scan.
    wakeTimer = setTimeout(() => {
      wakeTimer = null;
      void scan();
    }, 100);
  };
  const ticker = setInterval(() => void scan(), tickMs);
  ticker.unref();
  const unsubscribe = store.onCommit((notice) => {
    if (notice.hostId === null || notice.collections.includes('calendar_feeds')) wake();
  });
  wake();

  return {
    wake,
    async stop() {
      stopped = true;
      clearInterval(ticker);
      if (wakeTimer) clearTimeout(wakeTimer);
      unsubscribe();
      await Promise.allSettled([...inFlight]);
    },
  };
}
