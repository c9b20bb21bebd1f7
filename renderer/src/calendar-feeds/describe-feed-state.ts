// Runs in the renderer. What the host reads about a feed's last fetch, from the server's report on
// the document: when it last worked, how many busy times it gave, and what went wrong if anything.
import type { CalendarFeedDoc } from '../../../core/schemas/index.ts';

export interface FeedStateText {
  tone: 'ok' | 'waiting' | 'error' | 'off';
  summary: string;
  error: string | null;
}

export function describeFeedState(feed: CalendarFeedDoc, formatTime: (iso: string) => string): FeedStateText {
  const busy = `${feed.busyCount} busy ${feed.busyCount === 1 ? 'time' : 'times'}`;
  const fetched = feed.lastFetchedAt ? `Last fetched ${formatTime(feed.lastFetchedAt)} · ${busy}` : 'Not fetched yet';
  if (!feed.enabled) return { tone: 'off', summary: `Off: its busy times do not block slots. ${fetched}`, error: null };
  if (feed.lastError) return { tone: 'error', summary: feed.lastFetchedAt ? `${fetched} (still used)` : fetched, error: feed.lastError };
  return { tone: feed.lastFetchedAt ? 'ok' : 'waiting', summary: feed.lastFetchedAt ? fetched : 'Waiting for the server to fetch it…', error: null };
}
