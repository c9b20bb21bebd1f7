// Runs on the server (SQLite). The WriteTx of one `BEGIN IMMEDIATE` transaction on the write
// connection. Sequence numbers are handed out from the host's counter read at the start; the
// store writes the counter back before COMMIT.
import type { BookingDoc, CollectionName, EventTypeDoc, LinkDoc, Replicated } from '../../../../core/schemas/index.ts';
import { assertValidDocument } from '../assert-valid-document.ts';
import { blockedRangeColumns, bookingColumns, eventTypeColumns, linkColumns, splitDoc, toInstantColumn } from '../document-columns.ts';
import type { BookingServerFields, BusyInterval, LinkBookingOutcome, LinkClaim, ReplicatedDoc, StoredDoc, TimeRange, WriteTx } from '../store.ts';
import { BookingOverlapError } from '../store-errors.ts';
import type { SqliteDatabase } from './open-sqlite-database.ts';
import { prepareCached } from './prepare-cached.ts';
import { sqlite } from './sqlite-errors.ts';
import { hasBusyOverlap, readBookingByManageToken, readBusyIntervals, readDocs, readLinkByToken } from './sqlite-reads.ts';

export interface SqliteTxState {
  seq: number;
  startSeq: number;
  touched: Set<CollectionName>;
  open: boolean;
  /** The first error a method threw: it dooms the transaction (as it would on PostgreSQL). */
  failure: { error: unknown } | null;
}

export function createSqliteWriteTx(db: SqliteDatabase, hostId: string, state: SqliteTxState): WriteTx {
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
      `INSERT INTO links (host_id, id, seq, deleted, doc, token, event_type_id, max_uses, use_count, expires_at, revoked_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (host_id, id) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted, doc = excluded.doc,
         token = excluded.token, event_type_id = excluded.event_type_id, max_uses = excluded.max_uses,
         use_count = excluded.use_count, expires_at = excluded.expires_at, revoked_at = excluded.revoked_at`,
    ).run(hostId, doc.id, seq, deleted ? 1 : 0, JSON.stringify(body), c.token, c.eventTypeId, c.maxUses, c.useCount, c.expiresAt, c.revokedAt));
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

  /** `overlapChecked`: the caller has just found the range free, in this same synchronous step. */
  const insertBooking = (doc: Replicated<BookingDoc>, server: BookingServerFields, overlapChecked = false): number => {
    const { body, deleted } = splitDoc(doc);
    const c = bookingColumns(doc);
    const { blockedStart, blockedEnd } = blockedRangeColumns(server);
    if (c.status === 'confirmed' && !deleted && !overlapChecked) assertNoOverlap(doc.id, { start: blockedStart, end: blockedEnd });
    const seq = nextSeq('bookings');
    sqlite(() => prepareCached(db, 
      `INSERT INTO bookings (host_id, id, seq, deleted, doc, event_type_id, link_id, status, start_at, end_at, blocked_start, blocked_end, manage_token)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(hostId, doc.id, seq, deleted ? 1 : 0, JSON.stringify(body), c.eventTypeId, c.linkId, c.status, c.start, c.end, blockedStart, blockedEnd, server.manageToken));
    return seq;
  };

  const consumeLinkUse = (linkId: string, now: string): boolean => {
    const at = toInstantColumn('now', now);
    const result = prepareCached(db,
      `UPDATE links SET use_count = use_count + 1
       WHERE host_id = ? AND id = ? AND deleted = 0 AND revoked_at IS NULL
         AND (expires_at IS NULL OR expires_at > ?) AND use_count < max_uses`,
    ).run(hostId, linkId, at);
    return result.changes === 1;
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
        return putBooking(doc as Replicated<BookingDoc>);
      });
    },
    findLinkByToken(token) {
      return guarded(() => readLinkByToken(db, token, hostId)?.link ?? null);
    },
    consumeLinkUse(linkId, now) {
      return guarded(() => consumeLinkUse(linkId, now));
    },
    claimLinkUse(token, now) {
      return guarded((): LinkClaim | null => {
        const link = readLinkByToken(db, token, hostId)?.link;
        if (!link) return null;
        const eventType = readDocs(db, hostId, 'event_types', [link.doc.eventTypeId]).get(link.doc.eventTypeId) ?? null;
        return { link, eventType, claimed: consumeLinkUse(link.doc.id, now) };
      });
    },
    bookLink(b) {
      return guarded((): LinkBookingOutcome => {
        assertValidDocument('bookings', b.booking);
        assertValidDocument('links', b.linkAfter);
        const eventTypeSeq = prepareCached(db, 'SELECT seq FROM event_types WHERE host_id = ? AND id = ?').pluck().get(hostId, b.eventTypeId) as number | undefined;
        if (eventTypeSeq !== b.eventTypeSeq) return 'changed';
        const blocked = { start: toInstantColumn('blockedStart', b.server.blockedStart) as string, end: toInstantColumn('blockedEnd', b.server.blockedEnd) as string };
        if (hasBusyOverlap(db, hostId, blocked)) return 'overlap';
        // The check-and-set, only on the link as it was read (same seq), and in the same statement
        // the link's document after the booking: one row write instead of a claim plus an upsert
        // of every column (which also rewrote the token index entry). Only use_count, seq and doc
        // change, as on PostgreSQL (query-book-links.ts). The link takes the seq after the
        // booking's, the order putLink after insertBooking would give them.
        const linkSeq = state.seq + 2;
        const claimed = prepareCached(db,
          `UPDATE links SET use_count = use_count + 1, seq = ?, doc = ?
           WHERE host_id = ? AND id = ? AND seq = ? AND deleted = 0 AND revoked_at IS NULL
             AND (expires_at IS NULL OR expires_at > ?) AND use_count < max_uses`,
        ).run(linkSeq, JSON.stringify(splitDoc(b.linkAfter).body), hostId, b.linkId, b.linkSeq, toInstantColumn('now', b.now)).changes === 1;
        if (!claimed) return 'changed';
        // Nothing below returns early: a throw rolls the claim back with the rest.
        insertBooking(b.booking, b.server, b.booking.status === 'confirmed' && !b.booking._deleted);
        if (nextSeq('links') !== linkSeq) throw new Error('bookLink: the link was written with the wrong seq');
        return 'booked';
      });
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
  };
}
