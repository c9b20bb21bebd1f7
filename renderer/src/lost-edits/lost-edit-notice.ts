// renderer: what the host is told about an edit of theirs that a newer edit from another device
// replaced (core/merge/find-lost-edits.ts), in words: which document, which field, both values.
import type { LostEdit } from '../../../core/merge/index.ts';
import { timeOfStamp } from '../../../core/merge/index.ts';
import type { CollectionName } from '../../../core/schemas/index.ts';

export interface LostEditNotice {
  /** Stable per lost edit, so the same loss is listed once. */
  id: string;
  collection: CollectionName;
  docId: string;
  /** e.g. `the link for Ada Lovelace`. */
  what: string;
  /** e.g. `Note`. */
  field: string;
  /** The value this device had, as text the host can copy. */
  lostText: string;
  keptText: string;
  /** When the winning edit was made (by that device's clock). */
  keptAt: string;
}

const FIELD_LABELS: Record<CollectionName, Record<string, string>> = {
  links: {
    eventTypeId: 'Event type', maxUses: 'Uses', expiresAt: 'Expiry', revokedAt: 'Revoked',
    overrides: 'Changes from the event type', contact: 'Contact', note: 'Note',
  },
  event_types: {
    name: 'Name', slug: 'URL slug', description: 'Description', durationMinutes: 'Duration', location: 'Location',
    availability: 'Hours', minNoticeMinutes: 'Minimum notice', bufferBeforeMinutes: 'Buffer before',
    bufferAfterMinutes: 'Buffer after', horizonDays: 'Booking window', slotStepMinutes: 'Start times every',
    publicBooking: 'Standard link', archived: 'Archived', maxBookingsPerDay: 'Meetings per day',
    maxBookingsPerWeek: 'Meetings per week', reminderMinutes: 'Reminder',
  },
  calendar_feeds: { name: 'Name', url: 'Address', enabled: 'On' },
  bookings: { status: 'Status', cancelReason: 'Cancel reason' },
};

type Doc = Record<string, unknown>;

function describeDocument(collection: CollectionName, doc: Doc): string {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  switch (collection) {
    case 'links': {
      const contact = doc['contact'] as { name?: unknown } | undefined;
      const overrides = doc['overrides'] as { name?: unknown } | undefined;
      const who = text(contact?.name) ?? text(overrides?.name);
      return who === undefined ? 'a single-use link' : `the link for ${who}`;
    }
    case 'event_types': return `the event type “${text(doc['name']) ?? 'untitled'}”`;
    case 'calendar_feeds': return `the calendar feed “${text(doc['name']) ?? 'untitled'}”`;
    case 'bookings': return 'a booking';
  }
}

/** A value as the host would copy it back: text as it is, anything else as readable JSON. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
}

export function lostEditNotice(collection: CollectionName, after: Doc, lost: LostEdit): LostEditNotice {
  const docId = String(after['id']);
  return {
    id: `${collection}/${docId}/${lost.field}/${lost.lostEdit.at}`,
    collection,
    docId,
    what: describeDocument(collection, after),
    field: FIELD_LABELS[collection][lost.field] ?? lost.field,
    lostText: valueText(lost.lost),
    keptText: valueText(lost.kept),
    keptAt: timeOfStamp(lost.keptEdit.at),
  };
}
