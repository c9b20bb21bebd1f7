// renderer: the rows of the "Single-use links" list: each link with its status and event type,
// newest first, then narrowed by the status and event type filters and the search text, and
// ordered by the column the host picked.
import type { BookingDoc, EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';
import { deriveLinkStatus, type LinkState, type LinkStatus } from './derive-link-status.ts';

export interface LinkRow {
  link: LinkDoc;
  status: LinkStatus;
  /** Undefined when the event type is not on this device (yet). */
  eventType: EventTypeDoc | undefined;
  /** What the search looks through, lower-cased once per change of the data, not per keystroke. */
  searchText: string;
}

export type LinkStatusFilter = 'all' | LinkState | 'unsynced';

export interface LinkFilter {
  status: LinkStatusFilter;
  /** An event type id, or 'all'. */
  eventTypeId: string;
  /** Matches the contact's name or email, the note, the event type's name (or the link's own
   * name for it) or the token, also as part of a pasted link URL (case-insensitive). */
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
  const rows = links.map((link) => {
    const eventType = eventTypesById.get(link.eventTypeId);
    return {
      link,
      status: deriveLinkStatus(link, bookingsByLink.get(link.id) ?? [], now, unsyncedIds.has(link.id)),
      eventType,
      searchText: [link.contact.name, link.contact.email, link.note, eventType?.name ?? '', link.overrides.name ?? '', link.token].join('\n').toLocaleLowerCase(),
    };
  });
  // ISO times sort as text; the id breaks ties so the order never jumps between renders.
  return rows.sort((a, b) => (a.link.createdAt === b.link.createdAt ? a.link.id.localeCompare(b.link.id) : a.link.createdAt < b.link.createdAt ? 1 : -1));
}

export function filterLinkRows(rows: readonly LinkRow[], filter: LinkFilter): LinkRow[] {
  // A pasted URL (…/l/TOKEN) finds its link by the token.
  const query = filter.query.trim().replace(/^.*\/l\//, '').toLocaleLowerCase();
  return rows.filter(({ link, status, searchText }) => {
    if (filter.eventTypeId !== 'all' && link.eventTypeId !== filter.eventTypeId) return false;
    if (filter.status === 'unsynced' ? !status.unsynced : filter.status !== 'all' && status.state !== filter.status) return false;
    if (query === '') return true;
    return searchText.includes(query);
  });
}
