// test (server): the booking page's first view computes only the days it shows, and shows exactly
// what capping the full two weeks would (real SQLite store, real bookings on the calendar).
import { createZoneOffsetCache } from '../../../core/slots/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventTypeDoc } from '../../../core/schemas/index.ts';
import { makeAvailability, makeEventType } from '../../../core/testing/index.ts';
import type { DaySlotsView } from '../pages/index.ts';
import { startTestServer, type TestHost, type TestServer } from '../testing/start-test-server.ts';
import { buildBookingPageView, INITIAL_DAYS, INITIAL_SLOTS_MAX } from './build-booking-page-view.ts';
import { findTarget } from './find-target.ts';
import { listTargetSlots } from './list-target-slots.ts';
import { addDays, todayIn } from './local-dates.ts';
import { createPublicContext } from './public-context.ts';
import { redeemBooking } from './redeem/redeem-booking.ts';
import { seedEventType, seedLinks, startInDays } from './testing/seed-booking-data.ts';

/** The cap as the page defines it, over the whole window. */
function capAll(days: readonly DaySlotsView[]): DaySlotsView[] {
  const kept: DaySlotsView[] = [];
  let count = 0;
  for (const day of days) {
    if (day.slots.length === 0) continue;
    if (count > 0 && count + day.slots.length > INITIAL_SLOTS_MAX) break;
    kept.push(day);
    count += day.slots.length;
  }
  return kept;
}

const weekdays = (intervals: { start: string; end: string }[]) => ({ mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals, sat: [], sun: [] });

describe('buildBookingPageView', () => {
  let server: TestServer;
  let host: TestHost;
  beforeAll(async () => {
    server = await startTestServer();
    host = await server.createHost({ name: 'Grace Hopper' });
  });
  afterAll(async () => { await server?.close(); });

  const cases: [string, Partial<EventTypeDoc>][] = [
    ['open around the clock', {}],
    ['the fixtures\' working week (Berlin)', { ...makeEventType(), slug: 'workweek', minNoticeMinutes: 0 }],
    ['two short windows a weekday', { availability: makeAvailability({ timezone: 'America/New_York', weekly: weekdays([{ start: '09:00', end: '10:00' }, { start: '15:00', end: '15:30' }]) }), durationMinutes: 30, slotStepMinutes: 30 }],
    ['96 slots a day, more than the cap', { durationMinutes: 15, slotStepMinutes: 15 }],
    ['a 20-slot day: three fill the cap exactly', { availability: makeAvailability({ timezone: 'UTC', weekly: weekdays([{ start: '08:00', end: '18:00' }]) }), durationMinutes: 30, slotStepMinutes: 30 }],
  ];

  it.each(cases)('%s: the first view equals the capped full two weeks, in several zones', async (_name, overrides) => {
    const eventType = await seedEventType(server.store, host.hostId, overrides);
    const [link, other] = await seedLinks(server.store, host.hostId, eventType.id, 2);
    const now = new Date();
    // A booking on the calendar, so a day has a hole (if the rules open 10:00 UTC in 2 days).
    await redeemBooking(server.store, { kind: 'link', token: other!.token }, { start: startInDays(2, 10), name: 'Ada', email: 'ada@example.com', timezone: 'UTC', notes: '' }).catch(() => undefined);
    const found = await findTarget(server.store, { kind: 'link', token: link!.token }, now);
    if (!found.ok) throw new Error(found.reason);
    const ctx = createPublicContext(server.store, server.config, async () => {});
    for (const zone of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata']) {
      const from = todayIn(zone, ctx.now());
      const view = await buildBookingPageView(ctx, { kind: 'link', token: link!.token }, found.target, zone, from);
      const full = await listTargetSlots({ store: server.store, zoneOffsets: createZoneOffsetCache() }, found.target, { from, to: addDays(from, INITIAL_DAYS - 1), timezone: zone }, ctx.now());
      expect(view.initialSlots, zone).toEqual(capAll(full.days));
      expect(view.initialSlots.length, zone).toBeGreaterThan(0);
    }
  });
});
