// Runs on the server (SQLite). The WriteTx of one `BEGIN IMMEDIATE` transaction on the write
// connection. Sequence numbers are handed out from the host's counter read at the start; the
// store writes the counter back before COMMIT.
import type { BookingDoc, CalendarFeedDoc, CollectionName, EventTypeDoc, LinkDoc, Replicated } from '../../../../core/schemas/index.ts';
import { assertValidDocument } from '../assert-valid-document.ts';
import { blockedRangeColumns, bookingColumns, eventTypeColumns, linkColumns, splitDoc } from '../document-columns.ts';
import type { BookingCommand, BookingOutcome, BookingServerFields, BusyInterval, ReplicatedDoc, StoredDoc, TimeRange, WriteTx } from '../store.ts';
import { BookingOverlapError } from '../store-errors.ts';
import type { SqliteDatabase } from './open-sqlite-database.ts';
import { prepareCached } from './prepare-cached.ts';
import { putCalendarFeed, saveFeedFetch } from './sqlite-feeds.ts';
import { sqlite } from './sqlite-errors.ts';
import { bookInTransaction } from './book-in-transaction.ts';
import { insertOutboxBatch } from './sqlite-outbox.ts';
import { hasBusyOverlap, readBookingByManageToken, readBusyIntervals, readDocs } from './sqlite-reads.ts';

export interface SqliteTxState {
  seq: number;
  startSeq: number;
  touched: Set<CollectionName>;
  open: boolean;
  /** The first error a method threw: it dooms the transaction (as it would on PostgreSQL). */
  failure: { error: unknown } | null;
}

/** The store's own transaction object: a WriteTx, and Store.book's step run as a group member. */
export interface SqliteWriteTx extends WriteTx {
  book(command: BookingCommand): Promise<BookingOutcome>;
}

export function createSqliteWriteTx(db: SqliteDatabase, hostId: string, state: SqliteTxState): SqliteWriteTx {
  // Every method runs through here: refuse use after the end or after a failure, and record a
  // failure so the store rolls back even if the caller swallows the error.
  const guarded = <T>(work: () => T): Promise<T> => {
    if (!state.open) return Promise.reject(new Error('this write transaction has already ended'));
    if (state.failure) return Promise.reject(new Error('this write transaction failed earlier and is rolled back'));
    try {
      return Promise.resolve(work());
    } catch (error) {
      state.failure = { error };
      return Promise.reject(error);
    }
  };
  const nextSeq = (collection: CollectionName): number => {
    state.seq += 1;
    state.touched.add(collection);
    return state.seq;
  };
  const assertNoOverlap = (bookingId: string, range: TimeRange): void => {
    if (hasBusyOverlap(db, hostId, range, bookingId)) throw new BookingOverlapError();
  };

  const putEventType = (doc: Replicated<EventTypeDoc>): number => {
    const { body, deleted } = splitDoc(doc);
    const cols = eventTypeColumns(doc);
    const seq = nextSeq('event_types');
    sqlite(() => prepareCached(db, 
      `INSERT INTO event_types (host_id, id, seq, deleted, doc, slug) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (host_id, id) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted, doc = excluded.doc, slug = excluded.slug`,
    ).run(hostId, doc.id, seq, deleted ? 1 : 0, JSON.stringify(body), cols.slug));
    return seq;
  };

  const putLink = (doc: Replicated<LinkDoc>): number => {
    const { body, deleted } = splitDoc(doc);
    const c = linkColumns(doc);
    const seq = nextSeq('links');
    sqlite(() => prepareCached(db, 
      `INSERT INTO links (host_id, id, seq, edit_seq, deleted, doc, token, event_type_id, max_uses, use_count, expires_at, revoked_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (host_id, id) DO UPDATE SET seq = excluded.seq, edit_seq = excluded.edit_seq, deleted = excluded.deleted, doc = excluded.doc,
         token = excluded.token, event_type_id = excluded.event_type_id, max_uses = excluded.max_uses,
         use_count = excluded.use_count, expires_at = excluded.expires_at, revoked_at = excluded.revoked_at`,
    ).run(hostId, doc.id, seq, seq, deleted ? 1 : 0, JSON.stringify(body), c.token, c.eventTypeId, c.maxUses, c.useCount, c.expiresAt, c.revokedAt));
    return seq;
  };

  const putBooking = (doc: Replicated<BookingDoc>): number => {
    const { body, deleted } = splitDoc(doc);
    const c = bookingColumns(doc);
    const existing = prepareCached(db, 'SELECT blocked_start, blocked_end FROM bookings WHERE host_id = ? AND id = ?')
      .get(hostId, doc.id) as { blocked_start: string; blocked_end: string } | undefined;
    if (!existing) throw new Error('bookings are created with insertBooking');
    if (c.status === 'confirmed' && !deleted) assertNoOverlap(doc.id, { start: existing.blocked_start, end: existing.blocked_end });
    const seq = nextSeq('bookings');
    sqlite(() => prepareCached(db, 
      `UPDATE bookings SET seq = ?, deleted = ?, doc = ?, event_type_id = ?, link_id = ?, status = ?, start_at = ?, end_at = ?
       WHERE host_id = ? AND id = ?`,
    ).run(seq, deleted ? 1 : 0, JSON.stringify(body), c.eventTypeId, c.linkId, c.status, c.start, c.end, hostId, doc.id));
    return seq;
  };

  /** The INSERT alone: the caller has found the booking's range free in this same synchronous step. */
  const writeNewBooking = (doc: Replicated<BookingDoc>, server: BookingServerFields): number => {
    const { body, deleted } = splitDoc(doc);
    const c = bookingColumns(doc);
    const { blockedStart, blockedEnd } = blockedRangeColumns(server);
    const seq = nextSeq('bookings');
    sqlite(() => prepareCached(db, 
      `INSERT INTO bookings (host_id, id, seq, deleted, doc, event_type_id, link_id, status, start_at, end_at, blocked_start, blocked_end, manage_token)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(hostId, doc.id, seq, deleted ? 1 : 0, JSON.stringify(body), c.eventTypeId, c.linkId, c.status, c.start, c.end, blockedStart, blockedEnd, server.manageToken));
    return seq;
  };

  const insertBooking = (doc: Replicated<BookingDoc>, server: BookingServerFields): number => {
    const { blockedStart, blockedEnd } = blockedRangeColumns(server);
    if (doc.status === 'confirmed' && !doc._deleted) assertNoOverlap(doc.id, { start: blockedStart, end: blockedEnd });
    return writeNewBooking(doc, server);
  };

  return {
    hostId,
    getDocs(collection, ids) {
      return guarded(() => readDocs(db, hostId, collection, ids));
    },
    putDoc<C extends CollectionName>(collection: C, doc: ReplicatedDoc<C>): Promise<number> {
      return guarded(() => {
        assertValidDocument(collection, doc);
        if (collection === 'event_types') return putEventType(doc as Replicated<EventTypeDoc>);
        if (collection === 'links') return putLink(doc as Replicated<LinkDoc>);
        if (collection === 'calendar_feeds') {
          const seq = nextSeq('calendar_feeds');
          putCalendarFeed(db, hostId, seq, doc as Replicated<CalendarFeedDoc>);
          return seq;
        }
        return putBooking(doc as Replicated<BookingDoc>);
      });
    },
    book(command) {
      return guarded(() => bookInTransaction(db, hostId, command, { writeNewBooking, seq: () => state.seq, nextSeq }));
    },
    listBusyIntervals(range): Promise<BusyInterval[]> {
      return guarded(() => readBusyIntervals(db, hostId, range));
    },
    insertBooking(doc, server: BookingServerFields) {
      return guarded(() => {
        assertValidDocument('bookings', doc);
        return insertBooking(doc, server);
      });
    },
    findBookingByManageToken(manageToken): Promise<StoredDoc<'bookings'> | null> {
      return guarded(() => readBookingByManageToken(db, manageToken, hostId)?.booking ?? null);
    },
    saveFeedFetch(feedId, save) {
      return guarded(() => saveFeedFetch(db, hostId, feedId, save));
    },
    enqueueOutbox(batch) {
      return guarded(() => insertOutboxBatch(db, hostId, batch, new Date().toISOString(), () => true));
    },
  };
}
