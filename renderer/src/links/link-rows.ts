// renderer: the rows of the "Single-use links" list: each link with its status and event type,
// newest first, then narrowed by the status and event type filters and the search text.
import type { BookingDoc, EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';
import { deriveLinkStatus, type LinkState, type LinkStatus } from './derive-link-status.ts';

export interface LinkRow {
  link: LinkDoc;
  status: LinkStatus;
  /** Undefined when the event type is not on this device (yet). */
  eventType: EventTypeDoc | undefined;
}

export type LinkStatusFilter = 'all' | LinkState | 'unsynced';

export interface LinkFilter {
  status: LinkStatusFilter;
  /** An event type id, or 'all'. */
  eventTypeId: string;
  /** Matches the contact's name or email, or the note (case-insensitive). */
  query: string;
}

export const NO_FILTER: LinkFilter = { status: 'all', eventTypeId: 'all', query: '' };

export function buildLinkRows(
  links: readonly LinkDoc[],
  eventTypes: readonly EventTypeDoc[],
  bookings: readonly BookingDoc[],
  unsyncedIds: ReadonlySet<string>,
  now: Date,
): LinkRow[] {
  const eventTypesById = new Map(eventTypes.map((e) => [e.id, e]));
  const bookingsByLink = new Map<string, BookingDoc[]>();
  for (const booking of bookings) {
    if (booking.linkId === null) continue;
    const list = bookingsByLink.get(booking.linkId);
    if (list) list.push(booking);
    else bookingsByLink.set(booking.linkId, [booking]);
  }
  const rows = links.map((link) => ({
    link,
    status: deriveLinkStatus(link, bookingsByLink.get(link.id) ?? [], now, unsyncedIds.has(link.id)),
    eventType: eventTypesById.get(link.eventTypeId),
  }));
  // ISO times sort as text; the id breaks ties so the order never jumps between renders.
  return rows.sort((a, b) => (a.link.createdAt === b.link.createdAt ? a.link.id.localeCompare(b.link.id) : a.link.createdAt < b.link.createdAt ? 1 : -1));
}

export function filterLinkRows(rows: readonly LinkRow[], filter: LinkFilter): LinkRow[] {
  const query = filter.query.trim().toLocaleLowerCase();
  return rows.filter(({ link, status }) => {
    if (filter.eventTypeId !== 'all' && link.eventTypeId !== filter.eventTypeId) return false;
    if (filter.status === 'unsynced' ? !status.unsynced : filter.status !== 'all' && status.state !== filter.status) return false;
    if (query === '') return true;
    return [link.contact.name, link.contact.email, link.note].some((text) => text.toLocaleLowerCase().includes(query));
  });
}
