// Runs in tests (renderer logic). Building a feed from the form and describing its state.
import { describe, expect, it } from 'vitest';
import { makeCalendarFeed } from '../../../core/testing/calendar-feed-fixture.ts';
import { validateCalendarFeed } from '../../../core/validation/index.ts';
import { buildNewFeed } from './build-new-feed.ts';
import { describeFeedState } from './describe-feed-state.ts';

const at = (iso: string) => `at ${iso.slice(11, 16)}`;

describe('buildNewFeed', () => {
  it('makes a valid, unfetched feed and reads webcal:// as https://', () => {
    const feed = buildNewFeed({ name: ' iCloud ', url: ' webcal://p01-caldav.icloud.com/published/2/abc ' }, new Date('2026-12-02T10:00:00.000Z'));
    expect(feed).toMatchObject({ name: 'iCloud', url: 'https://p01-caldav.icloud.com/published/2/abc', enabled: true, lastFetchedAt: null, busyCount: 0 });
    expect(validateCalendarFeed(feed).ok).toBe(true);
  });
});

describe('describeFeedState', () => {
  it.each([
    [makeCalendarFeed(), 'waiting', 'Waiting for the server to fetch it…', null],
    [makeCalendarFeed({ lastFetchedAt: '2026-12-02T10:05:00.000Z', busyCount: 1 }), 'ok', 'Last fetched at 10:05 · 1 busy time', null],
    [makeCalendarFeed({ lastFetchedAt: '2026-12-02T10:05:00.000Z', busyCount: 7, lastError: 'timed out after 30 s' }), 'error', 'Last fetched at 10:05 · 7 busy times (still used)', 'timed out after 30 s'],
    [makeCalendarFeed({ lastError: 'refused: the address 10.0.0.1 is private; set ALLOW_PRIVATE_FETCH=true to allow it' }), 'error', 'Not fetched yet', 'refused: the address 10.0.0.1 is private; set ALLOW_PRIVATE_FETCH=true to allow it'],
    [makeCalendarFeed({ enabled: false }), 'off', 'Off: its busy times do not block slots. Not fetched yet', null],
  ])('%#', (feed, tone, summary, error) => {
    expect(describeFeedState(feed, at)).toEqual({ tone, summary, error });
  });
});
