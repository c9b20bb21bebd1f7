// Runs anywhere (shared; used by tests of every side). Builders of VALID documents: a test states
// only what it cares about, e.g. `makeLink({ eventTypeId: et.id, maxUses: 3 })`. Ids and tokens
// are fresh per call; times are fixed so results are reproducible.
import type { Availability, BookingDoc, EventTypeDoc, LinkDoc, Replicated } from '../schemas/index.ts';
import { generateId, generateToken } from '../tokens/index.ts';

/** The fixtures' "now": Monday 2 March 2026, 09:00 in Berlin. */
export const FIXTURE_NOW = '2026-03-02T08:00:00.000Z';

const workday = () => [{ start: '09:00', end: '17:00' }];

/** Mon–Fri 09:00–17:00 in Europe/Berlin, no overrides. */
export function makeAvailability(overrides: Partial<Availability> = {}): Availability {
  return {
    timezone: 'Europe/Berlin',
    weekly: { mon: workday(), tue: workday(), wed: workday(), thu: workday(), fri: workday(), sat: [], sun: [] },
    overrides: [],
    ...overrides,
  };
}

/** A 30-minute video "Intro call", slug `intro-call`, bookable Mon–Fri 09:00–17:00 Berlin time. */
export function makeEventType(overrides: Partial<EventTypeDoc> = {}): EventTypeDoc {
  return {
    id: generateId(),
    name: 'Intro call',
    slug: 'intro-call',
    description: 'A first 30-minute conversation.',
    durationMinutes: 30,
    location: { kind: 'video', details: 'https://meet.example.com/intro' },
    availability: makeAvailability(),
    minNoticeMinutes: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    horizonDays: 60,
    slotStepMinutes: 30,
    publicBooking: true,
    archived: false,
    maxBookingsPerDay: null,
    maxBookingsPerWeek: null,
    reminderMinutes: null,
    createdAt: FIXTURE_NOW,
    updatedAt: FIXTURE_NOW,
    ...overrides,
  };
}

/** An unused single-use link with a fresh token, no expiry, no contact and no overrides. */
export function makeLink(overrides: Partial<LinkDoc> = {}): LinkDoc {
  return {
    id: generateId(),
    token: generateToken(),
    eventTypeId: generateId(),
    maxUses: 1,
    expiresAt: null,
    revokedAt: null,
    overrides: {},
    contact: { name: '', email: '' },
    note: '',
    createdAt: FIXTURE_NOW,
    updatedAt: FIXTURE_NOW,
    useCount: 0,
    bookingIds: [],
    lastBookedAt: null,
    ...overrides,
  };
}

const DEFAULT_BOOKING_START = '2026-03-03T09:00:00.000Z'; // Tuesday 10:00 in Berlin
const DEFAULT_BOOKING_MINUTES = 30;

/**
 * A confirmed 30-minute booking on Tuesday 3 March 2026, 10:00 Berlin time, by Ada Lovelace.
 * Given only `start`, `end` follows 30 minutes later; given `status: 'canceled'`, `canceledAt`
 * and `canceledBy` default to the update time and the host, so the result stays valid.
 */
export function makeBooking(overrides: Partial<BookingDoc> = {}): BookingDoc {
  const start = overrides.start ?? DEFAULT_BOOKING_START;
  const end = overrides.end ?? new Date(Date.parse(start) + DEFAULT_BOOKING_MINUTES * 60_000).toISOString();
  const updatedAt = overrides.updatedAt ?? FIXTURE_NOW;
  const canceled = overrides.status === 'canceled';
  return {
    id: generateId(),
    eventTypeId: generateId(),
    linkId: null,
    eventName: 'Intro call',
    location: { kind: 'video', details: 'https://meet.example.com/intro' },
    invitee: { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/London', notes: '' },
    status: 'confirmed',
    canceledAt: canceled ? updatedAt : null,
    canceledBy: canceled ? 'host' : null,
    cancelReason: '',
    rescheduledFromId: null,
    rescheduledToId: null,
    createdAt: FIXTURE_NOW,
    ...overrides,
    start,
    end,
    updatedAt,
  };
}

/** The document as it travels over replication. */
export function replicated<T extends object>(doc: T, deleted = false): Replicated<T> {
  return { ...doc, _deleted: deleted };
}
