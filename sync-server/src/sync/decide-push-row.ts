// Runs on the server. What one pushed row does to the stored document (RxDB's push protocol plus
// our field ownership, ARCHITECTURE.md). Pure: the caller reads the stored version and writes the
// result inside one transaction.
import type { BookingDoc, CollectionName } from '../../../core/schemas/index.ts';
import { clientFieldsEqual, mergeByOwnership } from '../../../core/merge/index.ts';
import type { ReplicatedDoc } from '../store/store.ts';

export interface PushRow<C extends CollectionName = CollectionName> {
  /** What the client believes the server has; absent when it believes the document is new. */
  assumedMasterState?: ReplicatedDoc<C> | null;
  /** The client's version (already validated). */
  newDocumentState: ReplicatedDoc<C>;
}

export type PushDecision<C extends CollectionName = CollectionName> =
  /** Store `doc` as a new document. */
  | { kind: 'insert'; doc: ReplicatedDoc<C> }
  /**
   * Store `doc` over the stored one with a new seq, even when it equals the stored one:
   * `kept` lists the fields where the rules kept the stored value over the client's, and the
   * new seq brings that authoritative version back to the client on its next pull.
   */
  | { kind: 'update'; doc: ReplicatedDoc<C>; kept: string[] }
  /** Nothing to do: the client already has what the server has (e.g. a retried push). */
  | { kind: 'noop' }
  /** Answer with the stored document; the client's conflict handler merges and pushes again. */
  | { kind: 'conflict'; reason: string }
  /** A write no client may make at all (there is no stored document to answer with). */
  | { kind: 'refuse'; field: string; message: string };

type Doc = Record<string, unknown>;

/** The server-owned fields of a link a client creates: nobody has booked it yet. */
function newLink(doc: ReplicatedDoc<'links'>): ReplicatedDoc<'links'> {
  return { ...doc, useCount: 0, bookingIds: [], lastBookedAt: null };
}

/** The server-owned fields of a feed a client adds: nothing fetched yet. */
function newCalendarFeed(doc: ReplicatedDoc<'calendar_feeds'>): ReplicatedDoc<'calendar_feeds'> {
  return { ...doc, lastFetchedAt: null, lastError: null, busyCount: 0 };
}

/**
 * The rules on top of field ownership: a link's token never changes and a booked link is never
 * deleted; a booking is never deleted and its status only goes from confirmed to canceled.
 * Where `merged` breaks one, the stored value stays; returns the fields that did.
 */
function keepProtectedValues(collection: CollectionName, merged: Doc, stored: Doc): string[] {
  const kept: string[] = [];
  const keep = (field: string) => {
    merged[field] = stored[field];
    kept.push(field);
  };
  if (collection === 'links') {
    const link = stored as unknown as ReplicatedDoc<'links'>;
    if (merged['token'] !== link.token) keep('token');
    if (merged['_deleted'] === true && !link._deleted && link.useCount > 0) keep('_deleted');
  }
  if (collection === 'bookings') {
    const booking = stored as unknown as ReplicatedDoc<'bookings'>;
    if (merged['_deleted'] !== booking._deleted) keep('_deleted');
    const canceling = booking.status === 'confirmed' && merged['status'] === 'canceled';
    if (merged['status'] !== booking.status && !canceling) keep('status');
  }
  return kept;
}

/** The stored booking after a host's change: the server stamps a cancel and the update time. */
function changedBooking(merged: ReplicatedDoc<'bookings'>, stored: ReplicatedDoc<'bookings'>, now: string): ReplicatedDoc<'bookings'> {
  if (clientFieldsEqual('bookings', merged as unknown as Doc, stored as unknown as Doc)) return merged;
  const next: BookingDoc & { _deleted: boolean } = { ...merged, updatedAt: now };
  if (stored.status === 'confirmed' && merged.status === 'canceled') {
    next.canceledAt = now;
    next.canceledBy = 'host';
  }
  return next;
}

/**
 * Decides one row. `stored` is the current stored version (null when none); `now` stamps a
 * host's cancel. In order:
 * - new document: insert (links and calendar feeds get fresh server-owned fields); clients may not create bookings.
 * - client-owned fields already equal the stored ones: no-op (retries are idempotent).
 * - no `assumedMasterState`, or its client-owned fields differ from the stored ones: conflict.
 * - otherwise: the client-owned fields merged into the stored document (core/merge), except
 *   where that breaks a rule (token change, deleting a booked link, any booking change other
 *   than confirmed→canceled and the cancel reason): there the stored value stays, and the
 *   result gets a new seq so the client pulls it back.
 *
 * Why a rule-breaking change is not answered as a conflict: the conflict handler of ARCHITECTURE.md
 * keeps the client's own fields, so it would push the same change again, get the same
 * conflict, and loop for ever, hundreds of pushes a second. Storing the
 * authoritative version with a new seq ends it after one pull, with any conflict handler.
 */
export function decidePushRow<C extends CollectionName>(collection: C, row: PushRow<C>, stored: ReplicatedDoc<C> | null, now: string): PushDecision<C> {
  const next = row.newDocumentState;
  if (stored === null) {
    if (collection === 'bookings') return { kind: 'refuse', field: 'id', message: 'bookings are created only by the server' };
    const doc = collection === 'links'
      ? newLink(next as ReplicatedDoc<'links'>)
      : collection === 'calendar_feeds' ? newCalendarFeed(next as ReplicatedDoc<'calendar_feeds'>) : next;
    return { kind: 'insert', doc: doc as ReplicatedDoc<C> };
  }
  if (clientFieldsEqual(collection, next as Doc, stored as Doc)) return { kind: 'noop' };
  const assumed = row.assumedMasterState;
  if (!assumed) return { kind: 'conflict', reason: 'the document exists but no assumedMasterState was sent' };
  if (!clientFieldsEqual(collection, assumed as Doc, stored as Doc)) return { kind: 'conflict', reason: 'assumedMasterState is outdated' };
  const merged = mergeByOwnership(collection, next as Doc, stored as Doc);
  const kept = keepProtectedValues(collection, merged, stored as Doc);
  if (collection === 'bookings') {
    const booking = changedBooking(merged as unknown as ReplicatedDoc<'bookings'>, stored as ReplicatedDoc<'bookings'>, now);
    return { kind: 'update', doc: booking as unknown as ReplicatedDoc<C>, kept };
  }
  return { kind: 'update', doc: merged as unknown as ReplicatedDoc<C>, kept };
}
