// renderer: what the link form holds while the host types, and the link fields it stands for.
// The meeting details start as the event type's; a detail becomes an override only when it
// differs (or, when editing, when the link already overrode it).
import { deepEqual } from '../../../core/merge/index.ts';
import type { Availability, EventTypeDoc, LinkDoc, LinkOverrides, MeetingLocation } from '../../../core/schemas/index.ts';
import { calendarDateOf, endOfDayInstant } from '../components/format-dates.ts';
import { hasFields, isAvailabilityShape, isLocationShape, isNumberOrEmpty, isRecord } from '../forms/shape-checks.ts';
import type { LinkFields } from './build-new-link.ts';

export interface LinkFormValues {
  contactName: string;
  contactEmail: string;
  /** The meeting's name on the booking page. */
  name: string;
  durationMinutes: number | '';
  location: MeetingLocation;
  customAvailability: boolean;
  availability: Availability;
  /** The last day the link works (YYYY-MM-DD in the host's zone), or null for no expiry. */
  expiresOn: string | null;
  maxUses: number | '';
  note: string;
}

export function newLinkValues(eventType: EventTypeDoc): LinkFormValues {
  return {
    contactName: '',
    contactEmail: '',
    name: eventType.name,
    durationMinutes: eventType.durationMinutes,
    location: { ...eventType.location },
    customAvailability: false,
    availability: structuredClone(eventType.availability),
    expiresOn: null,
    maxUses: 1,
    note: '',
  };
}

export function linkValues(link: LinkDoc, eventType: EventTypeDoc, hostTimezone: string): LinkFormValues {
  const { overrides } = link;
  return {
    contactName: link.contact.name,
    contactEmail: link.contact.email,
    name: overrides.name ?? eventType.name,
    durationMinutes: overrides.durationMinutes ?? eventType.durationMinutes,
    location: { ...(overrides.location ?? eventType.location) },
    customAvailability: overrides.availability !== undefined,
    availability: structuredClone(overrides.availability ?? eventType.availability),
    // expiresAt is the end of the last day: the instant just before it lies in that day.
    expiresOn: link.expiresAt === null ? null : calendarDateOf(new Date(Date.parse(link.expiresAt) - 1).toISOString(), hostTimezone),
    maxUses: link.maxUses,
    note: link.note,
  };
}

/**
 * The link's fields. `kept` lists overrides to keep even when equal to the event type (an edited
 * link keeps what it overrode). Empty numbers reach the validator as they are, so it names them.
 */
export function toLinkFields(
  values: LinkFormValues,
  eventType: EventTypeDoc,
  hostTimezone: string,
  kept: LinkOverrides = {},
): LinkFields {
  const overrides: Record<string, unknown> = {};
  const name = values.name.trim();
  if (name !== eventType.name || kept.name !== undefined) overrides['name'] = name;
  if (values.durationMinutes !== eventType.durationMinutes || kept.durationMinutes !== undefined) overrides['durationMinutes'] = values.durationMinutes;
  if (!deepEqual(values.location, eventType.location) || kept.location !== undefined) overrides['location'] = { ...values.location };
  if (values.customAvailability && (!deepEqual(values.availability, eventType.availability) || kept.availability !== undefined)) {
    overrides['availability'] = structuredClone(values.availability);
  }
  return {
    eventTypeId: eventType.id,
    maxUses: values.maxUses as number,
    expiresAt: values.expiresOn === null ? null : endOfDayInstant(values.expiresOn, hostTimezone),
    overrides: overrides as LinkOverrides,
    contact: { name: values.contactName.trim(), email: values.contactEmail.trim() },
    note: values.note,
  };
}

/** A stored draft, if it still has the shape this version of the form edits; otherwise null. */
export function parseLinkFormValues(stored: unknown): LinkFormValues | null {
  if (!isRecord(stored)) return null;
  const ok = hasFields(stored, ['contactName', 'contactEmail', 'name', 'note'], (v) => typeof v === 'string')
    && hasFields(stored, ['durationMinutes', 'maxUses'], isNumberOrEmpty)
    && (stored['expiresOn'] === null || typeof stored['expiresOn'] === 'string')
    && typeof stored['customAvailability'] === 'boolean'
    && isLocationShape(stored['location'])
    && isAvailabilityShape(stored['availability']);
  return ok ? (stored as unknown as LinkFormValues) : null;
}
