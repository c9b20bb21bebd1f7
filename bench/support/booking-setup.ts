// Runs in Node (bench). A bookable host on a fresh database: an event type (by default open
// around the clock: UTC, 15-minute meetings every 15 minutes, no notice, two-year horizon) and
// single-use links to it, seeded through the store; then the real server as its own process
// (`main.ts`), with the per-IP limits lifted (a benchmark is one IP sending thousands of bookings).
import type { EventTypeDoc, LinkDoc } from '../../core/schemas/index.ts';
import { makeAvailability } from '../../core/testing/fixtures.ts';
import { createHost } from '../../sync-server/src/hosts/create-host.ts';
import { openStore } from '../../sync-server/src/store/open-store.ts';
import { spawnServerProcess, type ServerProcess } from '../../sync-server/src/testing/spawn-server-process.ts';
import type { BenchDatabases, DatabaseKind } from './bench-databases.ts';
import { seedBookings, seedEventType, seedLinks } from './seed-host-data.ts';

const allDay = () => [{ start: '00:00', end: '24:00' }];

export interface BookingSetup {
  server: ServerProcess;
  url: string;
  hostToken: string;
  eventType: EventTypeDoc;
  links: LinkDoc[];
  /** The n-th bookable start (15-minute grid from tomorrow 00:00 UTC on), never the same twice. */
  startAt(n: number): string;
  /**
   * Also never the same twice, but spread over 700 days (a few a day, like a real calendar)
   * instead of packed back to back: each booking's overlap check then sees a realistic week.
   */
  spreadStartAt(n: number): string;
  stop(): Promise<void>;
}

export async function setUpBooking(
  databases: BenchDatabases,
  kind: DatabaseKind,
  options: {
    links: number;
    bookings?: { count: number; firstStart: string; spacingMinutes: number };
    /** 'open' (default): around the clock, 15-minute grid; 'workday': the fixtures' Mon–Fri 09:00–17:00 Berlin, 30 minutes. */
    eventType?: 'open' | 'workday';
    /** More environment for the server process (e.g. PUBLIC_VIEW_CACHE_MS=0 to measure uncached answers). */
    serverEnv?: Record<string, string>;
    /** The host's email (its booking notices are then queued too); default none. */
    hostEmail?: string;
  },
): Promise<BookingSetup> {
  const { config, url } = await databases.fresh(kind);
  const store = await openStore(config);
  let links: LinkDoc[];
  let eventType: EventTypeDoc;
  let hostToken: string;
  try {
    const { host, token } = await createHost(store, { name: 'Bench Host', slug: 'bench', timezone: 'UTC', email: options.hostEmail ?? '' });
    hostToken = token;
    eventType = options.eventType === 'workday' ? await seedEventType(store, host.id, { slug: 'bench-call', minNoticeMinutes: 0 }) : await seedEventType(store, host.id, {
      slug: 'bench-call',
      durationMinutes: 15,
      slotStepMinutes: 15,
      minNoticeMinutes: 0,
      horizonDays: 730,
      availability: makeAvailability({ timezone: 'UTC', weekly: { mon: allDay(), tue: allDay(), wed: allDay(), thu: allDay(), fri: allDay(), sat: allDay(), sun: allDay() } }),
    });
    links = await seedLinks(store, host.id, options.links, { eventTypeId: eventType.id });
    if (options.bookings) {
      await seedBookings(store, host.id, options.bookings.count, { ...options.bookings, minutes: 15, eventTypeId: eventType.id });
    }
  } finally {
    await store.close();
  }
  const server = await spawnServerProcess({ DATABASE_URL: url, BOOKING_RATE_LIMIT: '1000000', LOOKUP_FAILURE_LIMIT: '1000000', LOG_LEVEL: 'error', ...options.serverEnv });
  const tomorrow = new Date();
  tomorrow.setUTCHours(24, 0, 0, 0);
  return {
    server,
    url,
    hostToken,
    eventType,
    links,
    startAt: (n) => new Date(tomorrow.getTime() + n * 15 * 60_000).toISOString(),
    spreadStartAt: (n) => new Date(tomorrow.getTime() + (n % 700) * 86_400_000 + Math.floor(n / 700) * 15 * 60_000).toISOString(),
    async stop() {
      await server.stop();
    },
  };
}

/** A booking request body as the booking page sends it. */
export function bookingBody(start: string, n: number): string {
  return JSON.stringify({ start, name: `Invitee ${n}`, email: `invitee${n}@example.com`, timezone: 'Europe/Berlin', notes: '' });
}
