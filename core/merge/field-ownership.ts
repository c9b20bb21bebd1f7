// Runs anywhere (shared). Who owns which field of each collection. Clients own what they edit;
// the server owns redemption state and everything about bookings except the host's cancel.
// Both the client's conflict handler and the server's push use this one table.
import type { CollectionDocs, CollectionName } from '../schemas/index.ts';

type OwnedFields<C extends CollectionName> = readonly (keyof CollectionDocs[C] & string)[];

/** Fields only the server writes. A client's value for them is ignored on push. */
export const SERVER_OWNED_FIELDS: { [C in CollectionName]: OwnedFields<C> } = {
  event_types: [],
  links: ['useCount', 'bookingIds', 'lastBookedAt'],
  // The server's report of its fetches: a push never sets them (a new feed starts unfetched).
  calendar_feeds: ['lastFetchedAt', 'lastError', 'busyCount'],
  bookings: [
    'id', 'eventTypeId', 'linkId', 'start', 'end', 'eventName', 'location', 'invitee',
    'canceledAt', 'canceledBy', 'createdAt', 'updatedAt', 'rescheduledFromId', 'rescheduledToId',
  ],
};

/**
 * Fields a client may change. For bookings that is only the host's cancel; everything else in
 * `event_types` and `links` belongs to the client. `_deleted` is a client field too (the server
 * refuses some deletions, e.g. of a booked link: see the push rules).
 */
export function isClientOwnedField(collection: CollectionName, field: string): boolean {
  if (field === '_meta' || field === '_rev' || field === '_attachments') return false;
  return !(SERVER_OWNED_FIELDS[collection] as readonly string[]).includes(field);
}
