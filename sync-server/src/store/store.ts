// Runs on the server. The one storage interface of the sync server; SQLite and PostgreSQL
// implement it and pass the same conformance suite (store-conformance.test.ts).
//
// The model: every host has a sequence counter. Every document write (`putDoc`,
// `insertBooking`) takes the next number of its host, and a host's writes are serialized (SQLite:
// one writer with `BEGIN IMMEDIATE`; PostgreSQL: the host row is locked from the start of a write
// transaction until commit), so sequence order equals commit order and a pull that reads
// `(seq, id) > checkpoint` can never skip a write (ARCHITECTURE.md, invariant 4).
//
// Documents go in and come out exactly as the client's RxDB schema has them plus `_deleted`;
// the server-only columns (host, seq, manage token, buffer-inclusive times, ...) never appear in
// a returned document.
import type { BookingDoc, CollectionDocs, CollectionName, Replicated } from '../../../core/schemas/index.ts';
import type { FeedFetchSave, FeedStore } from './feed-store.ts';
import type { OutboxBatch, OutboxStore } from './outbox-store.ts';

/** A document as replicated: the schema's fields plus `_deleted`. */
export type ReplicatedDoc<C extends CollectionName = CollectionName> = Replicated<CollectionDocs[C]>;

/** A stored document and the sequence number of its last write. */
export interface StoredDoc<C extends CollectionName = CollectionName> {
  doc: ReplicatedDoc<C>;
  seq: number;
}

/** RxDB checkpoint: the `(seq, id)` of the last document a client has. `{seq: 0, id: ''}` = start. */
export interface Checkpoint {
  seq: number;
  id: string;
}

export interface PullResult<C extends CollectionName = CollectionName> {
  /** In `(seq, id)` order. */
  documents: ReplicatedDoc<C>[];
  /** The last document's checkpoint, or the given one when there are no documents. */
  checkpoint: Checkpoint;
}

export interface Host {
  id: string;
  name: string;
  slug: string;
  /** IANA time zone. */
  timezone: string;
  /** Where the host's own notices go; '' when the host has given none. */
  email: string;
  /** SHA-256 (hex) of the host's profile photo, its version; null when the host has none. */
  photoHash: string | null;
  /** ISO-8601 UTC. */
  createdAt: string;
}

/** A host's profile photo as stored (`PUT /api/me/photo`); the type was checked against the bytes. */
export interface HostPhoto {
  contentType: 'image/png' | 'image/jpeg' | 'image/webp';
  bytes: Buffer;
  /** SHA-256 (hex) of the bytes: the ETag and the page's `?v=`. */
  hash: string;
}

export interface NewHost {
  name: string;
  slug: string;
  timezone: string;
  /** Default ''. */
  email?: string;
  /** SHA-256 (hex) of the host's bearer token; the token itself is never stored. */
  tokenHash: string;
}

/** The fields of a host's profile a host may change (`PATCH /api/me`, CLI `update-host`). */
export interface HostPatch {
  name?: string;
  email?: string;
  timezone?: string;
  slug?: string;
}

/** A confirmed booking's place on the host's calendar. All times ISO-8601 UTC, half-open ranges. */
export interface BusyInterval {
  bookingId: string;
  /** The booking's event type: meeting limits count the bookings of one event type. */
  eventTypeId: string;
  start: string;
  end: string;
  /** `start` minus the buffer before: what no other confirmed booking may overlap. */
  blockedStart: string;
  /** `end` plus the buffer after. */
  blockedEnd: string;
}

/** A half-open time range `[start, end)`, ISO-8601 UTC. */
export interface TimeRange {
  start: string;
  end: string;
}

/** Server-only facts stored with a new booking; none of them is replicated. */
export interface BookingServerFields {
  /** Buffer-inclusive range the booking blocks (invariant 2 is enforced on it). */
  blockedStart: string;
  blockedEnd: string;
  /** What the invitee's management URL is looked up by (storing a hash of the token is wise). */
  manageToken: string;
}

/**
 * A booking drafted from committed data (the redemption's steps 1 and 2), for `Store.book` to
 * settle in one transaction (ARCHITECTURE.md, "Redemption"). The rule's inputs are the event type
 * and the link as read; their versions say whether they still are.
 */
export interface BookingCommand {
  hostId: string;
  /** The event type the booking was drafted from, and its seq as read. */
  eventType: { id: string; seq: number };
  /** The link it spends a use of, with the seq of the host's last write of it; null for the standard link. */
  link: { id: string; editSeq: number } | null;
  /** The instant the link must still be live at (ISO-8601 UTC). */
  now: string;
  booking: Replicated<BookingDoc>;
  server: BookingServerFields;
  /**
   * The event type's meeting limits (core's meetingLimitRanges): the booking goes in only while
   * fewer than `max` confirmed bookings of its event type start in each range (the replaced
   * booking not counted). Absent or empty: no limits.
   */
  limits?: readonly BookingLimit[];
  /**
   * A reschedule: the booking this one replaces, in the same transaction (invariant 8). It must
   * still be confirmed and not started at `now` (else 'gone'); it becomes canceled with
   * cancelReason 'rescheduled' and rescheduledToId = the new booking's id, and its time no longer
   * blocks the new one. A reschedule spends no use: its `link` is null, the booking's `linkId` the original's.
   */
  replaces?: BookingReplacement;
  /** The messages the booking owes (invariant 7), written only when the outcome is 'booked'. */
  outbox?: OutboxBatch;
}

/** A range a meeting limit is counted over: at most `max` bookings of the event type start in [start, end). */
export interface BookingLimit {
  start: string;
  end: string;
  max: number;
}

export interface BookingReplacement {
  bookingId: string;
  /** Who asked: the invitee (manage page, public API) or the host. */
  canceledBy: 'host' | 'invitee';
}

/**
 * 'booked': committed, with the link's use spent (its document records the booking).
 * 'stale': nothing written; the event type or link changed since they were read, or the link is
 * no longer live (used up, revoked, expired, deleted): read again and decide.
 * 'overlap': nothing written; the booking would overlap a confirmed one of the host.
 * 'limit_reached': nothing written; its day or week holds the event type's most bookings.
 * 'gone': nothing written; the booking a reschedule replaces is no longer confirmed, or has started.
 */
export type BookingOutcome = 'booked' | 'stale' | 'overlap' | 'limit_reached' | 'gone';

/** A link found by its token, with everything a page or a redemption reads beside it. */
export interface LinkWithTarget {
  host: Host;
  link: StoredDoc<'links'>;
  /** The seq of the host's last write of the link (a booking's bookkeeping does not move it). */
  editSeq: number;
  /** The link's event type (null when there is none with its id). */
  eventType: StoredDoc<'event_types'> | null;
}

/** What changed in one commit; delivered after the commit (and, on PostgreSQL, to every process). */
export interface ChangeNotice {
  /**
   * The host whose documents changed, or null when notices may have been missed (the
   * PostgreSQL listener reconnected): then every client should resync all collections.
   */
  hostId: string | null;
  collections: CollectionName[];
}

export type ChangeListener = (notice: ChangeNotice) => void;

/**
 * The operations available inside `Store.writeTransaction`. Everything a transaction does commits
 * together or not at all; it sees its own writes. Methods are scoped to the transaction's host.
 */
export interface WriteTx {
  readonly hostId: string;

  /** Stored versions (deleted ones included) of the given ids, keyed by id; unknown ids are absent. */
  getDocs<C extends CollectionName>(collection: C, ids: readonly string[]): Promise<Map<string, StoredDoc<C>>>;

  /**
   * Inserts or replaces a document, assigns it the host's next sequence number and returns it.
   * The indexed columns are derived from the document (for links that includes `use_count`
   * from `useCount`). Bookings must exist already (create them with `insertBooking`); replacing
   * one keeps its blocked range and manage token and updates its status.
   * Throws `InvalidDocumentError` (the document fails core/validation: stored documents always
   * match the clients' schema), `UniqueViolationError` (event type slug among a host's live event
   * types, link token), `BookingOverlapError`.
   */
  putDoc<C extends CollectionName>(collection: C, doc: ReplicatedDoc<C>): Promise<number>;

  /** Confirmed bookings of this host whose blocked range overlaps `range`, by start. */
  listBusyIntervals(range: TimeRange): Promise<BusyInterval[]>;

  /**
   * Inserts a new booking (the server creates every booking) with the next seq, returned.
   * Throws `InvalidDocumentError`, `BookingOverlapError` when it is confirmed and its blocked range overlaps another
   * confirmed booking of the host (PostgreSQL: the exclusion constraint; SQLite: a check in the
   * serialized transaction), `UniqueViolationError` for a reused id or manage token.
   */
  insertBooking(doc: Replicated<BookingDoc>, server: BookingServerFields): Promise<number>;

  /** This host's booking stored with that manage token, read inside the transaction. */
  findBookingByManageToken(manageToken: string): Promise<StoredDoc<'bookings'> | null>;

  /** Records a calendar feed's fetch (its state; its busy rows replaced when `save.busy` is not null), with the feed document's write. */
  saveFeedFetch(feedId: string, save: FeedFetchSave): Promise<void>;

  /** Queues messages in this transaction (invariant 7) and drops the pending reminders of `dropRemindersOf`. */
  enqueueOutbox(batch: OutboxBatch): Promise<void>;
}

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';

  // --- hosts ---
  /** Throws `UniqueViolationError` with field 'slug' when the slug is taken. */
  createHost(input: NewHost): Promise<Host>;
  listHosts(): Promise<Host[]>;
  findHostById(hostId: string): Promise<Host | null>;
  findHostBySlug(slug: string): Promise<Host | null>;
  findHostByTokenHash(tokenHash: string): Promise<(Host & { tokenHash: string }) | null>;
  /** Replaces the token hash of the host with that slug; null when there is no such host. */
  setHostTokenHash(slug: string, tokenHash: string): Promise<Host | null>;
  /**
   * Changes the given fields of a host's profile (validated by the caller); null when there is no
   * such host. Throws `UniqueViolationError` with field 'slug' when the slug is taken. Announced
   * like a commit, with no collections (`{hostId, collections: []}`): the host's booking pages
   * show its name, so cached answers must go (ARCHITECTURE.md, "The view cache").
   */
  updateHost(hostId: string, patch: HostPatch): Promise<Host | null>;
  /**
   * Sets (replaces) or, with null, removes the host's profile photo; the host afterwards, null
   * when there is no such host. Announced like `updateHost`: the pages show the photo.
   */
  setHostPhoto(hostId: string, photo: HostPhoto | null): Promise<Host | null>;
  /** The profile photo of the host with that slug; null when there is no such host or no photo. */
  findHostPhotoBySlug(slug: string): Promise<HostPhoto | null>;

  // --- replication ---
  /** Documents of one host and collection after `checkpoint` (null = from the start), at most `limit`. */
  pull<C extends CollectionName>(hostId: string, collection: C, checkpoint: Checkpoint | null, limit: number): Promise<PullResult<C>>;

  /**
   * Runs `work` in one write transaction of the host: serialized with every other write of that
   * host (in this and, on PostgreSQL, every other process), committed when `work` resolves,
   * rolled back when it throws (the error is rethrown). `work` may await anything, but must use
   * only `tx` for database access. Listeners of `onCommit` hear of it after the commit.
   * A tx method that throws dooms the transaction (as PostgreSQL does): even if `work` catches
   * the error and returns, the transaction rolls back and `writeTransaction` rejects with it.
   * Throws `HostNotFoundError` when the host does not exist.
   */
  writeTransaction<T>(hostId: string, work: (tx: WriteTx) => Promise<T>): Promise<T>;

  /**
   * The redemption's step 3, one transaction of the command's host: only while the event type and
   * the link are as read and the link is live (core's rule, as one conditional UPDATE whose row
   * count is checked: the check-and-set), inserts the booking (refused on an overlap with a
   * confirmed booking, buffers included) and records it on the link (useCount, bookingIds,
   * lastBookedAt), with the host's next seqs. All or nothing. Throws `InvalidDocumentError` for a
   * booking the clients' schema refuses, before anything is written.
   */
  book(command: BookingCommand): Promise<BookingOutcome>;

  // --- reads outside transactions (committed data) ---
  getDocs<C extends CollectionName>(hostId: string, collection: C, ids: readonly string[]): Promise<Map<string, StoredDoc<C>>>;
  /** The link with that token, of any host (the token is the capability), its host and event type, in one read. */
  findLinkByToken(token: string): Promise<LinkWithTarget | null>;
  /** The booking with that manage token, of any host, with its host's id. */
  findBookingByManageToken(manageToken: string): Promise<{ hostId: string; booking: StoredDoc<'bookings'> } | null>;
  /** The host's live (not deleted) event type with that slug. */
  findEventTypeBySlug(hostId: string, slug: string): Promise<StoredDoc<'event_types'> | null>;
  listBusyIntervals(hostId: string, range: TimeRange): Promise<BusyInterval[]>;

  /** Calendar feeds: what is due, the fetch claim, and the busy intervals of enabled feeds (feed-store.ts). */
  readonly feeds: FeedStore;

  /** The outbox's rows and the host's webhooks (outbox-store.ts). */
  readonly outbox: OutboxStore;

  // --- change notification and lifecycle ---
  /** Calls `listener` after every commit that changed documents, and after every `updateHost`. Returns the unsubscribe function. */
  onCommit(listener: ChangeListener): () => void;
  /** Waits for running transactions, then closes connections. */
  close(): Promise<void>;
}
