// renderer: what the event type form holds while the host types, and the way back to a
// document. Numbers may be '' (an emptied input); the validator names such a field on save.
import type { Availability, EventTypeDoc, MeetingLocation } from '../../../core/schemas/index.ts';
import { hasFields, isAvailabilityShape, isLocationShape, isNumberOrEmpty, isRecord } from '../forms/shape-checks.ts';

export interface EventTypeFormValues {
  name: string;
  slug: string;
  /** False while the slug still follows the name. */
  slugEdited: boolean;
  description: string;
  durationMinutes: number | '';
  location: MeetingLocation;
  availability: Availability;
  minNoticeMinutes: number | '';
  bufferBeforeMinutes: number | '';
  bufferAfterMinutes: number | '';
  horizonDays: number | '';
  slotStepMinutes: number | '';
  publicBooking: boolean;
  /** Meeting limits: '' (an empty input) is no limit, saved as null. */
  maxBookingsPerDay: number | '';
  maxBookingsPerWeek: number | '';
  /** Minutes before the start the invitee's reminder goes out; null = none. */
  reminderMinutes: 60 | 1440 | null;
}

const limitOf = (value: number | null | undefined): number | '' => (typeof value === 'number' ? value : '');

export const NUMBER_FIELDS = ['durationMinutes', 'minNoticeMinutes', 'bufferBeforeMinutes', 'bufferAfterMinutes', 'horizonDays', 'slotStepMinutes'] as const;

export function toFormValues(doc: EventTypeDoc, slugEdited: boolean): EventTypeFormValues {
  return {
    name: doc.name,
    slug: doc.slug,
    slugEdited,
    description: doc.description,
    durationMinutes: doc.durationMinutes,
    location: { ...doc.location },
    availability: structuredClone(doc.availability),
    minNoticeMinutes: doc.minNoticeMinutes,
    bufferBeforeMinutes: doc.bufferBeforeMinutes,
    bufferAfterMinutes: doc.bufferAfterMinutes,
    horizonDays: doc.horizonDays,
    slotStepMinutes: doc.slotStepMinutes,
    publicBooking: doc.publicBooking,
    maxBookingsPerDay: limitOf(doc.maxBookingsPerDay),
    maxBookingsPerWeek: limitOf(doc.maxBookingsPerWeek),
    reminderMinutes: doc.reminderMinutes ?? null,
  };
}

/** The document to validate and save: `base` (id, archived, createdAt) with the form's fields. */
export function fromFormValues(values: EventTypeFormValues, base: EventTypeDoc, now: Date): EventTypeDoc {
  const { slugEdited: _slugEdited, ...fields } = values;
  // Empty numbers go to the validator as they are, so it names the field instead of saving 0.
  return {
    ...base, ...fields, name: fields.name.trim(), updatedAt: now.toISOString(),
    maxBookingsPerDay: fields.maxBookingsPerDay === '' ? null : fields.maxBookingsPerDay,
    maxBookingsPerWeek: fields.maxBookingsPerWeek === '' ? null : fields.maxBookingsPerWeek,
  } as EventTypeDoc;
}

/** A stored draft, if it still has the shape this version of the form edits; otherwise null. */
export function parseEventTypeFormValues(stored: unknown): EventTypeFormValues | null {
  if (!isRecord(stored)) return null;
  const strings = hasFields(stored, ['name', 'slug', 'description'], (v) => typeof v === 'string');
  const booleans = hasFields(stored, ['slugEdited', 'publicBooking'], (v) => typeof v === 'boolean');
  const numbers = hasFields(stored, NUMBER_FIELDS, isNumberOrEmpty);
  if (!strings || !booleans || !numbers || !isLocationShape(stored['location']) || !isAvailabilityShape(stored['availability'])) return null;
  // A draft kept before the limits and the reminder existed has none of them.
  const limit = (value: unknown): number | '' => (typeof value === 'number' ? value : '');
  const reminder = stored['reminderMinutes'] === 60 || stored['reminderMinutes'] === 1440 ? stored['reminderMinutes'] : null;
  return { ...stored, maxBookingsPerDay: limit(stored['maxBookingsPerDay']), maxBookingsPerWeek: limit(stored['maxBookingsPerWeek']), reminderMinutes: reminder } as unknown as EventTypeFormValues;
}
