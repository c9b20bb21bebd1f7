// Runs anywhere (shared; used by tests). A valid `calendar_feeds` document; pass only what a test cares about.
import type { CalendarFeedDoc } from '../schemas/index.ts';
import { generateId } from '../tokens/index.ts';

export function makeCalendarFeed(overrides: Partial<CalendarFeedDoc> = {}): CalendarFeedDoc {
  return {
    id: generateId(),
    name: 'Work calendar',
    url: 'https://calendar.example.org/private/basic.ics',
    enabled: true,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    lastFetchedAt: null,
    lastError: null,
    busyCount: 0,
    ...overrides,
  };
}
