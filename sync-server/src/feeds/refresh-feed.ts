// Runs on the server. One fetch of one calendar feed (claimed by the fetcher): a conditional GET
// through safe-fetch, ical.js's reading of the answer, and one write transaction that replaces the
// feed's busy rows and records the outcome on the feed document (lastFetchedAt, lastError,
// busyCount), so it replicates to the desktop with a new seq. A failure (network, status, size,
// a malformed feed) keeps the previous busy rows, records the error and backs off.
import { FEED_ERROR_MAX_LENGTH } from '../../../core/schemas/index.ts';
import { SafeFetchError } from '../safe-fetch/safe-fetch-error.ts';
import { safeFetch } from '../safe-fetch/safe-fetch.ts';
import type { ResolveHost } from '../safe-fetch/resolve-allowed-address.ts';
import type { FeedFetchSave, FeedFetchState, FeedToFetch } from '../store/feed-store.ts';
import type { ReplicatedDoc, Store } from '../store/store.ts';
import { feedBusyWindow } from './feed-busy-window.ts';
import { MalformedFeedError } from './parse-feed-busy.ts';
import { parseFeedOffThread } from './parse-feed-off-thread.ts';
import { splitBusyInterval } from './split-busy-interval.ts';

export const FEED_MAX_BYTES = 20 * 1024 * 1024;
/** Busy intervals kept per feed: a year of a very full calendar. */
export const FEED_MAX_INTERVALS = 20_000;
/** Backoff after failures doubles the period up to this. */
const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;

export interface RefreshDeps {
  store: Store;
  allowPrivate: boolean;
  /** CALENDAR_FEED_REFRESH_SECONDS in ms. */
  refreshMs: number;
  timeoutMs?: number;
  maxBytes?: number;
  resolve?: ResolveHost;
  now?: () => Date;
}

export type RefreshOutcome = 'updated' | 'not_modified' | 'failed' | 'skipped';

/** A message the feed document can hold: one line per problem, no control characters, bounded. */
function storableMessage(message: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = message.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/gu, ' ').replace(/[\ud800-\udfff]/gu, '?');
  return clean.length > FEED_ERROR_MAX_LENGTH ? `${clean.slice(0, FEED_ERROR_MAX_LENGTH - 1)}…` : clean;
}

function header(value: string | string[] | undefined): string | null {
  return typeof value === 'string' && value.length <= 500 ? value : null;
}

export async function refreshFeed(deps: RefreshDeps, due: FeedToFetch): Promise<RefreshOutcome> {
  const now = (deps.now ?? (() => new Date()))();
  const nowIso = now.toISOString();
  const { doc } = due.feed;
  const sameUrl = due.state.fetchedUrl === doc.url;
  const conditional: Record<string, string> = {};
  if (sameUrl && due.state.etag) conditional['if-none-match'] = due.state.etag;
  if (sameUrl && due.state.lastModified) conditional['if-modified-since'] = due.state.lastModified;

  let save: FeedFetchSave;
  let report: Pick<ReplicatedDoc<'calendar_feeds'>, 'lastFetchedAt' | 'lastError' | 'busyCount'>;
  let outcome: RefreshOutcome;
  try {
    const response = await safeFetch(doc.url, {
      allowPrivate: deps.allowPrivate,
      headers: { accept: 'text/calendar, */*;q=0.5', ...conditional },
      timeoutMs: deps.timeoutMs ?? 30_000,
      maxBytes: deps.maxBytes ?? FEED_MAX_BYTES,
      resolve: deps.resolve,
    });
    if (response.status === 304 && sameUrl) {
      const state: FeedFetchState = { ...due.state, failures: 0, nextFetchAt: new Date(now.getTime() + deps.refreshMs).toISOString() };
      save = { busy: null, state };
      report = { lastFetchedAt: nowIso, lastError: null, busyCount: doc.busyCount };
      outcome = 'not_modified';
    } else if (response.status >= 200 && response.status < 300) {
      const window = await feedBusyWindow(deps.store, due.hostId, now.getTime());
      const parsed = await parseFeedOffThread(response.body.toString('utf8'), { zone: due.hostTimezone, ...window, maxIntervals: FEED_MAX_INTERVALS });
      const state: FeedFetchState = {
        etag: header(response.headers.etag),
        lastModified: header(response.headers['last-modified']),
        fetchedUrl: doc.url,
        failures: 0,
        nextFetchAt: new Date(now.getTime() + deps.refreshMs).toISOString(),
      };
      save = { busy: parsed.intervals.flatMap(splitBusyInterval), state };
      const lastError = parsed.truncated ? `the feed holds more than ${FEED_MAX_INTERVALS} busy times in the booking horizon; only the first ${FEED_MAX_INTERVALS} are used` : null;
      report = { lastFetchedAt: nowIso, lastError, busyCount: parsed.intervals.length };
      outcome = 'updated';
    } else {
      throw new SafeFetchError('network', `the server answered ${response.status}`);
    }
  } catch (error) {
    if (!(error instanceof SafeFetchError) && !(error instanceof MalformedFeedError)) throw error;
    const failures = due.state.failures + 1;
    const backoff = Math.min(MAX_BACKOFF_MS, deps.refreshMs * 2 ** Math.min(failures - 1, 20));
    save = { busy: null, state: { ...due.state, failures, nextFetchAt: new Date(now.getTime() + backoff).toISOString() } };
    report = { lastFetchedAt: doc.lastFetchedAt, lastError: storableMessage(error.message), busyCount: doc.busyCount };
    outcome = 'failed';
  }

  return deps.store.writeTransaction(due.hostId, async (tx) => {
    const current = (await tx.getDocs('calendar_feeds', [doc.id])).get(doc.id)?.doc;
    // The host changed the feed meanwhile (another URL, switched off, deleted): this answer is not
    // its calendar any more; the change made it due again.
    if (!current || current._deleted || !current.enabled || current.url !== doc.url) return 'skipped';
    const next = { ...current, ...report };
    if (next.lastFetchedAt !== current.lastFetchedAt || next.lastError !== current.lastError || next.busyCount !== current.busyCount) {
      await tx.putDoc('calendar_feeds', next);
    }
    await tx.saveFeedFetch(doc.id, save);
    return outcome;
  });
}
