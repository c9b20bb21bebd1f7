// Runs on the server (PostgreSQL). A LinkBooking made ready for the bookLink statement
// (query-book-links.ts): the store's checks on its documents and blocked range (they throw on a bad
// one, before anything is sent), and its columns; and the one question the statement leaves open.
import type pg from 'pg';
import { assertValidDocument } from '../assert-valid-document.ts';
import { blockedRangeColumns, bookingColumns, splitDoc, toInstantColumn } from '../document-columns.ts';
import type { LinkBooking } from '../store.ts';

/** One LinkBooking's statement parameters after the store's checks (which throw on a bad one). */
export interface LinkBookingRow {
  linkId: string;
  linkSeq: number;
  now: string;
  eventTypeId: string;
  eventTypeSeq: number;
  bookingId: string;
  deleted: boolean;
  doc: string;
  bookingEventTypeId: string;
  bookingLinkId: string | null;
  status: string;
  start: string;
  end: string;
  blockedStart: string;
  blockedEnd: string;
  manageToken: string;
  linkDoc: string;
}

export function toLinkBookingRow(b: LinkBooking): LinkBookingRow {
  assertValidDocument('bookings', b.booking);
  assertValidDocument('links', b.linkAfter);
  const booking = splitDoc(b.booking);
  const c = bookingColumns(b.booking);
  const { blockedStart, blockedEnd } = blockedRangeColumns(b.server);
  return {
    linkId: b.linkId, linkSeq: b.linkSeq, now: toInstantColumn('now', b.now) as string, eventTypeId: b.eventTypeId, eventTypeSeq: b.eventTypeSeq,
    bookingId: b.booking.id, deleted: booking.deleted, doc: JSON.stringify(booking.body), bookingEventTypeId: c.eventTypeId, bookingLinkId: c.linkId,
    status: c.status, start: c.start, end: c.end, blockedStart, blockedEnd, manageToken: b.server.manageToken, linkDoc: JSON.stringify(splitDoc(b.linkAfter).body),
  };
}

/** 'overlap', or a throw when DO NOTHING swallowed a clash of the booking's id (a fault, not an overlap). */
export async function overlapOrIdClash(client: pg.PoolClient, hostId: string, bookingId: string): Promise<'overlap'> {
  const { rowCount } = await client.query('SELECT 1 FROM bookings WHERE host_id = $1 AND id = $2', [hostId, bookingId]);
  if (rowCount) throw new Error(`a booking with id ${bookingId} exists already`);
  return 'overlap';
}
