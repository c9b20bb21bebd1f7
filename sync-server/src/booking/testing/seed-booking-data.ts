// Runs in tests (server side). A host's bookable data written straight into the store, the way a
// desktop push would leave it: an event type open every day, and links to it.
import type { EventTypeDoc, LinkDoc } from '../../../../core/schemas/index.ts';
import { makeAvailability, makeEventType, makeLink, replicated } from '../../../../core/testing/index.ts';
import type { Store } from '../../store/store.ts';

const allDay = () => [{ start: '00:00', end: '23:30' }];

/** Open every day 00:00–23:30 UTC, 30-minute slots every 30 minutes, no notice: many slots, any day. */
export function openEventType(overrides: Partial<EventTypeDoc> = {}): EventTypeDoc {
  return makeEventType({
    availability: makeAvailability({ timezone: 'UTC', weekly: { mon: allDay(), tue: allDay(), wed: allDay(), thu: allDay(), fri: allDay(), sat: allDay(), sun: allDay() } }),
    minNoticeMinutes: 0,
    horizonDays: 60,
    // Slugs are unique among a host's event types.
    slug: `event-${Math.random().toString(36).slice(2, 10)}`,
    ...overrides,
  });
}

export async function seedEventType(store: Store, hostId: string, overrides: Partial<EventTypeDoc> = {}): Promise<EventTypeDoc> {
  const eventType = openEventType(overrides);
  await store.writeTransaction(hostId, (tx) => tx.putDoc('event_types', replicated(eventType)));
  return eventType;
}

export async function seedLinks(store: Store, hostId: string, eventTypeId: string, count: number, overrides: Partial<LinkDoc> = {}): Promise<LinkDoc[]> {
  const links = Array.from({ length: count }, () => makeLink({ eventTypeId, ...overrides }));
  await store.writeTransaction(hostId, async (tx) => {
    for (const link of links) await tx.putDoc('links', replicated(link));
  });
  return links;
}

/** A start `days` from now at `hour`:00 UTC, ISO with milliseconds (on the open event type's grid). */
export function startInDays(days: number, hour = 10, minute = 0): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  date.setUTCHours(hour, minute, 0, 0);
  return date.toISOString();
}
