// Runs on the server (SQLite). Store.book's transaction (ARCHITECTURE.md, "Redemption"), run as a
// member of a write group on the writer, so it is serialized with every other write: the event
// type still as read, the booking's range free, then the check-and-set on the link (one
// conditional UPDATE, its row count checked) that also records the booking in the link's
// document, and the booking itself. A throw rolls the member back to its savepoint, so nothing
// is spent unless everything is written.
import { assertValidDocument } from '../assert-valid-document.ts';
import type { BookingCommand, BookingOutcome, BookingServerFields } from '../store.ts';
import { blockedRangeColumns, toInstantColumn } from '../document-columns.ts';
import { linkIsLiveSql } from '../link-is-live-sql.ts';
import type { BookingDoc, CollectionName, Replicated } from '../../../../core/schemas/index.ts';
import type { SqliteDatabase } from './open-sqlite-database.ts';
import { prepareCached } from './prepare-cached.ts';
import { insertOutboxBatch } from './sqlite-outbox.ts';
import { hasBusyOverlap, readBusyIntervals } from './sqlite-reads.ts';
import { isLimitReached, limitsSpan } from '../is-limit-reached.ts';

/** What the transaction lends this step: its booking insert and its seq counter. */
export interface BookingWrites {
  /** The booking's INSERT without its overlap check (step 2 has made it). */
  writeNewBooking(doc: Replicated<BookingDoc>, server: BookingServerFields): number;
  /** The last seq handed out in this transaction. */
  seq(): number;
  nextSeq(collection: CollectionName): number;
}

const SPEND_USE_SQL = `UPDATE links AS l
  SET use_count = l.use_count + 1, seq = ?, doc = json_set(l.doc, '$.useCount', l.use_count + 1, '$.bookingIds[#]', ?, '$.lastBookedAt', ?)
  WHERE l.host_id = ? AND l.id = ? AND l.edit_seq = ? AND ${linkIsLiveSql('sqlite', 'l', '?')}`;

export function bookInTransaction(db: SqliteDatabase, hostId: string, command: BookingCommand, writes: BookingWrites): BookingOutcome {
  const { booking, server, link } = command;
  assertValidDocument('bookings', booking);
  const { blockedStart, blockedEnd } = blockedRangeColumns(server);
  const now = toInstantColumn('now', command.now) as string;

  // 1. The rule's inputs as read: the event type unchanged.
  const eventTypeSeq = prepareCached(db, 'SELECT seq FROM event_types WHERE host_id = ? AND id = ?').pluck().get(hostId, command.eventType.id);
  if (eventTypeSeq !== command.eventType.seq) return 'stale';
  // 1b. The meeting limits: the event type's confirmed bookings in the start's day and week.
  const limits = command.limits ?? [];
  if (limits.length > 0 && isLimitReached(limits, command.eventType.id, readBusyIntervals(db, hostId, limitsSpan(limits)), null)) return 'limit_reached';
  // 2. The host's calendar: no confirmed booking in the way (buffers included).
  if (hasBusyOverlap(db, hostId, { start: blockedStart, end: blockedEnd })) return 'overlap';
  // 3. The check-and-set: the link unedited and live, one use spent, the booking recorded on it.
  //    The booking takes the next seq and the link the one after (as on PostgreSQL).
  const linkSeq = writes.seq() + 2;
  if (link && prepareCached(db, SPEND_USE_SQL).run(linkSeq, booking.id, now, hostId, link.id, link.editSeq, now).changes !== 1) return 'stale';
  // 4. The booking: step 2's overlap check still holds, nothing can write in between.
  writes.writeNewBooking(booking, server);
  if (link && writes.nextSeq('links') !== linkSeq) throw new Error('book: the link was written with the wrong seq');
  // 5. Its messages, in the same transaction (invariant 7).
  if (command.outbox) {
    insertOutboxBatch(db, hostId, command.outbox, now, () => link !== null
      && prepareCached(db, 'SELECT use_count >= max_uses FROM links WHERE host_id = ? AND id = ?').pluck().get(hostId, link.id) === 1);
  }
  return 'booked';
}
