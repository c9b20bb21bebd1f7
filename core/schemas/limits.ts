// Runs anywhere (shared). The bounds and patterns of the data contract, named once: the schemas
// are built from them, and the forms import them for their inputs' maxLength/min/max, so a form
// can never offer what a validator refuses.

/** Regular-expression sources (JSON-schema `pattern`s, read with the `u` flag). */
export const PATTERNS = {
  /** `[a-z0-9]` words joined by single hyphens. */
  slug: '^[a-z0-9]+(-[a-z0-9]+)*$',
  /** base64url without padding. */
  token: '^[A-Za-z0-9_-]+$',
  /** `HH:mm` from 00:00 to 23:59, and 24:00 (the end of a day). */
  clockTime: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$',
  date: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
  /** An edit stamp (core/merge/edit-stamp.ts): UTC edit time, a 4-digit counter, the device. */
  editStamp: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z~[0-9]{4}~[a-z0-9]{8,32}$',
  /** The stamp an edit replaced, or empty for the value the document was created with. */
  editStampOrEmpty: '^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\\.[0-9]{3}Z~[0-9]{4}~[a-z0-9]{8,32}$',
} as const;

/** Longest strings, in code points. */
export const MAX_LENGTH = {
  /** Ids; primary keys and indexed strings need a maxLength in RxDB. */
  id: 64,
  /** ISO-8601 UTC timestamps such as 2026-12-01T09:00:00.000Z are 24 characters. */
  isoTime: 32,
  /** An edit stamp: 24 (time) + 1 + 4 (counter) + 1 + up to 32 (device). */
  editStamp: 62,
  timezone: 64,
  /** Event-type names, link name overrides, contact and invitee names, booking event names. */
  name: 200,
  slug: 100,
  description: 5000,
  locationDetails: 1000,
  email: 320,
  /** A link's note to self. */
  note: 2000,
  /** An invitee's notes on a booking. */
  notes: 2000,
  cancelReason: 2000,
  /** The token is the capability in the URL: 128+ random bits in base64url. */
  token: 128,
} as const;

/** 22 base64url characters are 132 bits, the fewest that hold 128. */
export const TOKEN_MIN_LENGTH = 22;

/** Inclusive integer ranges. */
export const RANGES = {
  durationMinutes: { minimum: 5, maximum: 720 },
  minNoticeMinutes: { minimum: 0, maximum: 525_600 },
  bufferMinutes: { minimum: 0, maximum: 720 },
  horizonDays: { minimum: 1, maximum: 730 },
  slotStepMinutes: { minimum: 5, maximum: 720 },
  maxUses: { minimum: 1, maximum: 1000 },
  /** Meeting limits of an event type (null = no limit): bookings per local day and per week. */
  maxBookingsPerDay: { minimum: 1, maximum: 1000 },
  maxBookingsPerWeek: { minimum: 1, maximum: 5000 },
} as const;

/** The reminder an event type sends its invitees, in minutes before the start (null = none). */
export const REMINDER_MINUTES = [60, 1440] as const; // the event-type schema spells the same enum

/** Longest lists. */
export const MAX_ITEMS = {
  intervalsPerDay: 24,
  dateOverrides: 1000,
  bookingIds: 1000,
} as const;
