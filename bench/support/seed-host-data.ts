// Runs in Node (bench). Seeds a host's calendar straight through the store (no HTTP), in
// batched write transactions: an event type, many links, many non-overlapping bookings.
import type { BookingDoc, EventTypeDoc, LinkDoc } from '../../core/schemas/index.ts';
import { makeBooking, makeEventType, makeLink, replicated } from '../../core/testing/fixtures.ts';
import { generateToken } from '../../core/tokens/index.ts';
import type { Store } from '../../sync-server/src/store/store.ts';

const BATCH = 500;

export async function seedEventType(store: Store, hostId: string, overrides: Partial<EventTypeDoc> = {}): Promise<EventTypeDoc> {
  const eventType = makeEventType(overrides);
  await store.writeTransaction(hostId, (tx) => tx.putDoc('event_types', replicated(eventType)));
  return eventType;
}

export async function seedLinks(store: Store, hostId: string, count: number, overrides: Partial<LinkDoc> = {}): Promise<LinkDoc[]> {
  const links: LinkDoc[] = [];
  for (let i = 0; i < count; i += 1) links.push(makeLink({ note: `bench link ${i}`, ...overrides }));
  for (let i = 0; i < links.length; i += BATCH) {
    const batch = links.slice(i, i + BATCH);
    await store.writeTransaction(hostId, async (tx) => {
      for (const link of batch) await tx.putDoc('links', replicated(link));
    });
  }
  return links;
}

/**
 * `count` confirmed bookings of `minutes` each, one after another from `firstStart`, every
 * `spacingMinutes` (>= minutes, so none overlap).
 */
export async function seedBookings(
  store: Store,
  hostId: string,
  count: number,
  options: { firstStart: string; minutes: number; spacingMinutes: number; eventTypeId: string },
): Promise<BookingDoc[]> {
  const first = Date.parse(options.firstStart);
  const bookings: BookingDoc[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = new Date(first + i * options.spacingMinutes * 60_000).toISOString();
    const end = new Date(Date.parse(start) + options.minutes * 60_000).toISOString();
    bookings.push(makeBooking({ start, end, eventTypeId: options.eventTypeId }));
  }
  for (let i = 0; i < bookings.length; i += BATCH) {
    const batch = bookings.slice(i, i + BATCH);
    await store.writeTransaction(hostId, async (tx) => {
      for (const booking of batch) {
        await tx.insertBooking(replicated(booking), { blockedStart: booking.start, blockedEnd: booking.end, manageToken: generateToken() });
      }
    });
  }
  return bookings;
}
