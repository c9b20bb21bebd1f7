// Runs in tests. Calendar feeds: the URL must be http(s), the name not blank, the server's fields well formed.
import { describe, expect, it } from 'vitest';
import { makeCalendarFeed } from '../testing/calendar-feed-fixture.ts';
import { errorFor } from '../testing/validation-helpers.ts';
import { isFeedUrl } from './is-feed-url.ts';
import { validateCalendarFeed } from './validate-calendar-feed.ts';

describe('validateCalendarFeed', () => {
  it('accepts a feed, fetched or not', () => {
    expect(validateCalendarFeed({ ...makeCalendarFeed(), _deleted: false }).ok).toBe(true);
    const fetched = makeCalendarFeed({ lastFetchedAt: '2026-03-01T10:00:00.000Z', lastError: 'timed out\nafter 10 s', busyCount: 12 });
    expect(validateCalendarFeed(fetched).ok).toBe(true);
  });

  it.each([
    ['url', { url: 'webcal://example.org/a.ics' }, /http/],
    ['url', { url: 'not a url' }, /http/],
    ['name', { name: '  ' }, /blank/],
    ['enabled', { enabled: 'yes' }, /true or false/],
    ['busyCount', { busyCount: -1 }, /at least 0/],
    ['lastFetchedAt', { lastFetchedAt: 'yesterday' }, /ISO-8601/],
    ['url', { url: `https://example.org/${'a'.repeat(2000)}` }, /at most/],
  ])('refuses a bad %s', (field, change, message) => {
    const result = validateCalendarFeed({ ...makeCalendarFeed(), ...change });
    expect(errorFor(result, field)).toMatch(message);
  });
});

describe('isFeedUrl', () => {
  it.each([
    'https://calendar.google.com/calendar/ical/abc%40group.calendar.google.com/private-123/basic.ics',
    'http://127.0.0.1:8080/feed.ics',
    'https://[2001:db8::1]/cal',
    'HTTPS://Outlook.office365.com/owa/calendar/x/y/reachcalendar.ics',
    'https://user:pass@example.org/cal?x=1#y',
  ])('accepts %s', (url) => expect(isFeedUrl(url)).toBe(true));

  it.each(['', 'ftp://example.org/x', 'https://', 'https:///path', 'https://exa mple.org/', 'https://example.org/\n', 'javascript:alert(1)', ' https://example.org'])(
    'refuses %j',
    (url) => expect(isFeedUrl(url)).toBe(false),
  );
});
