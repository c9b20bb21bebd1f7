// Runs in the renderer. A new calendar feed from what the host typed: the name trimmed, and an
// Apple-style webcal:// address read as the https:// address it stands for (iCloud hands those out).
import type { CalendarFeedDoc } from '../../../core/schemas/index.ts';
import { generateId } from '../../../core/tokens/index.ts';

export function buildNewFeed(input: { name: string; url: string }, now: Date): CalendarFeedDoc {
  const url = input.url.trim().replace(/^webcals?:\/\//i, 'https://');
  const at = now.toISOString();
  return {
    id: generateId(),
    name: input.name.trim() || 'Calendar',
    url,
    enabled: true,
    createdAt: at,
    updatedAt: at,
    lastFetchedAt: null,
    lastError: null,
    busyCount: 0,
  };
}
