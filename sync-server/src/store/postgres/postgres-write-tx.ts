// Runs on the server (PostgreSQL). The WriteTx of one transaction on one pooled client. The
// host row is locked (SELECT ... FOR UPDATE) before this object exists, so sequence numbers can
// be handed out from memory; the store writes the counter back before COMMIT.
import type pg from 'pg';
import type { BookingDoc, CalendarFeedDoc, CollectionName, EventTypeDoc, LinkDoc, Replicated } from '../../../../core/schemas/index.ts';
import { assertValidDocument } from '../assert-valid-document.ts';
import { blockedRangeColumns, bookingColumns, eventTypeColumns, linkColumns, splitDoc } from '../document-columns.ts';
import type { BookingServerFields, ReplicatedDoc, WriteTx } from '../store.ts';
import { translatePostgresError } from './postgres-errors.ts';
import { putCalendarFeed, saveFeedFetch } from './postgres-feeds.ts';
import { insertOutboxBatch } from './postgres-outbox.ts';
import { queryBookingByManageToken, queryBusyIntervals, queryDocs } from './postgres-reads.ts';

export interface PostgresTxState {
  seq: number;
  startSeq: number;
  touched: Set<CollectionName>;
  open: boolean;
  /** The first error a method threw. PostgreSQL aborts the transaction on any error, so it is doomed. */
  failure: { error: unknown } | null;
}

export function createPostgresWriteTx(client: pg.PoolClient, hostId: string, state: PostgresTxState): WriteTx {
  const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
    if (!state.open) throw new Error('this write transaction has already ended');
    if (state.failure) throw new Error('this write transaction failed earlier and is rolled back');
    try {
      return await work();
    } catch (error) {
      const translated = translatePostgresError(error);
      state.failure = { error: translated };
      throw translated;
    }
  };
  const nextSeq = (collection: CollectionName): number => {
    state.seq += 1;
    state.touched.add(collection);
    return state.seq;
  };

  const putEventType = async (doc: Replicated<EventTypeDoc>): Promise<number> => {
    const { body, deleted } = splitDoc(doc);
    const cols = eventTypeColumns(doc);
    const seq = nextSeq('event_types');
    await client.query(
      `INSERT INTO event_types (host_id, id, seq, deleted, doc, slug) VALUES ($1, $2, $3, $4, $5::jsonb, $6)
       ON CONFLICT (host_id, id) DO UPDATE SET seq = excluded.seq, deleted = excluded.deleted, doc = excluded.doc, slug = excluded.slug`,
      [hostId, doc.id, seq, deleted, JSON.stringify(body), cols.slug],
    );
    return seq;
  };

  const putLink = async (doc: Replicated<LinkDoc>): Promise<number> => {
    const { body, deleted } = splitDoc(doc);
    const c = linkColumns(doc);
    const seq = nextSeq('links');
    await client.query(
      `INSERT INTO links (host_id, id, seq, edit_seq, deleted, doc, token, event_type_id, max_uses, use_count, expires_at, revoked_at)
       VALUES ($1, $2, $3, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (host_id, id) DO UPDATE SET seq = excluded.seq, edit_seq = excluded.edit_seq, deleted = excluded.deleted, doc = excluded.doc,
         token = excluded.token, event_type_id = excluded.event_type_id, max_uses = excluded.max_uses,
         use_count = excluded.use_count, expires_at = excluded.expires_at, revoked_at = excluded.revoked_at`,
      [hostId, doc.id, seq, deleted, JSON.stringify(body), c.token, c.eventTypeId, c.maxUses, c.useCount, c.expiresAt, c.revokedAt],
    );
    return seq;
  };

  const putBooking = async (doc: Replicated<BookingDoc>): Promise<number> => {
    const { body, deleted } = splitDoc(doc);
    const c = bookingColumns(doc);
    const seq = nextSeq('bookings');
    // The exclusion constraint re-checks the row when its status becomes confirmed again.
    const result = await client.query(
      `UPDATE bookings SET seq = $3, deleted = $4, doc = $5::jsonb, event_type_id = $6, link_id = $7, status = $8, start_at = $9, end_at = $10
       WHERE host_id = $1 AND id = $2`,
      [hostId, doc.id, seq, deleted, JSON.stringify(body), c.eventTypeId, c.linkId, c.status, c.start, c.end],
    );
    if (result.rowCount !== 1) throw new Error('bookings are created with insertBooking');
    return seq;
  };

  const insertBooking = async (doc: Replicated<BookingDoc>, server: BookingServerFields): Promise<number> => {
    const { body, deleted } = splitDoc(doc);
    const c = bookingColumns(doc);
    const { blockedStart, blockedEnd } = blockedRangeColumns(server);
    const seq = nextSeq('bookings');
    await client.query(
      `INSERT INTO bookings (host_id, id, seq, deleted, doc, event_type_id, link_id, status, start_at, end_at, blocked_start, blocked_end, manage_token)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [hostId, doc.id, seq, deleted, JSON.stringify(body), c.eventTypeId, c.linkId, c.status, c.start, c.end, blockedStart, blockedEnd, server.manageToken],
    );
    return seq;
  };

  return {
    hostId,
    getDocs(collection, ids) {
      return guarded(() => queryDocs(client, hostId, collection, ids));
    },
    putDoc<C extends CollectionName>(collection: C, doc: ReplicatedDoc<C>): Promise<number> {
      return guarded(() => {
        assertValidDocument(collection, doc);
        if (collection === 'event_types') return putEventType(doc as Replicated<EventTypeDoc>);
        if (collection === 'links') return putLink(doc as Replicated<LinkDoc>);
        if (collection === 'calendar_feeds') {
          const seq = nextSeq('calendar_feeds');
          return putCalendarFeed(client, hostId, seq, doc as Replicated<CalendarFeedDoc>).then(() => seq);
        }
        return putBooking(doc as Replicated<BookingDoc>);
      });
    },
    listBusyIntervals(range) {
      return guarded(() => queryBusyIntervals(client, hostId, range));
    },
    insertBooking(doc, server) {
      return guarded(() => {
        assertValidDocument('bookings', doc);
        return insertBooking(doc, server);
      });
    },
    findBookingByManageToken(manageToken) {
      return guarded(async () => (await queryBookingByManageToken(client, manageToken, hostId))?.booking ?? null);
    },
    saveFeedFetch(feedId, save) {
      return guarded(() => saveFeedFetch(client, hostId, feedId, save));
    },
    enqueueOutbox(batch) {
      // A transaction's own messages are its caller's decision: none is conditional here.
      return guarded(() => insertOutboxBatch(client, hostId, batch, true));
    },
  };
}
