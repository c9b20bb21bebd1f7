// Runs on the server. The one storage interface of the sync server; SQLite and PostgreSQL
// implement it and pass the same conformance suite (store-conformance.test.ts).
//
// The model: every host has a sequence counter. Every document write (`putDoc`,
// `insertBooking`) takes the next number of its host, and a host's writes are serialized (SQLite:
// one writer with `BEGIN IMMEDIATE`; PostgreSQL: the host row is locked from the start of a write
// transaction until commit), so sequence order equals commit order and a pull that reads
// `(seq, id) > checkpoint` can never skip a write (DESIGN.md invariant 4).
//
// Documents go in and come out exactly as the client's RxDB schema has them plus `_deleted`;
// the server-only columns (host, seq, manage token, buffer-inclusive times, ...) never appear in
// a returned document.
import type { BookingDoc, CollectionDocs, CollectionName, LinkDoc, Replicated } from '../../../core/schemas/index.ts';

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
  /** ISO-8601 UTC. */
  createdAt: string;
}

export interface NewHost {
  name: string;
  slug: string;
  timezone: string;
  /** SHA-256 (hex) of the host's bearer token; the token itself is never stored. */
  tokenHash: string;
}

/** A confirmed booking's place on the host's calendar. All times ISO-8601 UTC, half-open ranges. */
export interface BusyInterval {
  bookingId: string;
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

/** A whole redemption of a link, worked out from committed data read before the write lock. */
export interface LinkBooking {
  /** The link and its event type as they were read: their seqs tell whether they still are. */
  linkId: string;
  linkSeq: number;
  eventTypeId: string;
  eventTypeSeq: number;
  now: string;
  booking: Replicated<BookingDoc>;
  server: BookingServerFields;
  /** The link's document after this booking (useCount + 1, bookingIds, lastBookedAt). */
  linkAfter: Replicated<LinkDoc>;
}

/**
 * 'booked'; 'changed': the link or its event type changed since they were read, or the link has
 * no use left (nothing written: redeem again from a fresh read); 'overlap': the booking would
 * overlap a confirmed one (nothing written).
 */
export type LinkBookingOutcome = 'booked' | 'changed' | 'overlap';

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

  /** This host's link with that token (deleted ones included), read inside the transaction. */
  findLinkByToken(token: string): Promise<StoredDoc<'links'> | null>;

  /**
   * The check-and-set of a redemption: one conditional UPDATE that raises the link's `use_count`
   * column by one only when the link is live (not deleted, not revoked, not expired at `now`,
   * `use_count < max_uses`). Returns whether it did (affected rows = 1). It does not touch the
   * replicated document or its seq: the caller then `putDoc`s the link with `useCount` + 1,
   * `bookingIds` and `lastBookedAt`, which keeps column and document equal.
   */
  consumeLinkUse(linkId: string, now: string): Promise<boolean>;

  /**
   * A redemption's first step in one go (one statement on PostgreSQL: it runs under the host's
   * lock, where every round trip counts): this host's link with that token and its event type,
   * both as they were before, and `consumeLinkUse` on the link. null when the host has no link
   * with that token.
   */
  claimLinkUse(token: string, now: string): Promise<LinkClaim | null>;

  /**
   * A redemption of a link in one step (one statement on PostgreSQL), all or nothing: only when
   * the link and its event type still have the seqs they were read with, and the conditional
   * update spends a use of the link (its row count decides, as in consumeLinkUse), inserts the
   * booking (as insertBooking) and writes `linkAfter` (as putDoc), with the next two seqs.
   */
  bookLink(booking: LinkBooking): Promise<LinkBookingOutcome>;

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
}

/** What `WriteTx.claimLinkUse` found and did. */
export interface LinkClaim {
  link: StoredDoc<'links'>;
  /** The link's event type (null if there is none with its id). */
  eventType: StoredDoc<'event_types'> | null;
  /** Whether this call spent a use of the link (the conditional update's row count). */
  claimed: boolean;
}

/** Reads a `WriteOptions.precheck` may make: committed data of the transaction's host. */
export interface PrecheckReads {
  findLinkByToken(token: string): Promise<StoredDoc<'links'> | null>;
}

export interface WriteOptions {
  /**
   * Runs first, on the connection the transaction will use, BEFORE the host's write lock is
   * taken (so it reads committed data, not inside the transaction). When it throws, the error is
   * rethrown and nothing else happens: no lock, no transaction. For requests that committed data
   * already dooms (a link used up while they queued), so they do not wait their turn for the
   * lock only to roll back. It only ever refuses: what it read is read again under the lock.
   * On SQLite, transactions that queue together commit together (group commit, see
   * sqlite/run-write-group.ts): the precheck then also sees the writes of the group's earlier
   * members, and its refusal is delivered only once they have committed.
   */
  precheck?: (read: PrecheckReads) => Promise<void>;
  /**
   * The work writes through at most one tx call, which writes all or nothing (`bookLink`), and
   * throws only before it or from it. The store may then skip the savepoint it sets around a
   * member of a group commit (PostgreSQL: one round trip less under the host's lock).
   */
  singleWrite?: boolean;
  /**
   * Says the work is exactly `tx.bookLink(linkBooking)` (and so is `singleWrite`). A store may then
   * run several such transactions of one host together, each with the outcome it would have had
   * alone after the ones before it (PostgreSQL: one statement for a group's bookings).
   */
  linkBooking?: LinkBooking;
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
  writeTransaction<T>(hostId: string, work: (tx: WriteTx) => Promise<T>, options?: WriteOptions): Promise<T>;

  // --- reads outside transactions (committed data) ---
  getDocs<C extends CollectionName>(hostId: string, collection: C, ids: readonly string[]): Promise<Map<string, StoredDoc<C>>>;
  /** The link with that token, of any host (the token is the capability), with its host's id. */
  findLinkByToken(token: string): Promise<{ hostId: string; link: StoredDoc<'links'> } | null>;
  /** The booking with that manage token, of any host, with its host's id. */
  findBookingByManageToken(manageToken: string): Promise<{ hostId: string; booking: StoredDoc<'bookings'> } | null>;
  /** The host's live (not deleted) event type with that slug. */
  findEventTypeBySlug(hostId: string, slug: string): Promise<StoredDoc<'event_types'> | null>;
  listBusyIntervals(hostId: string, range: TimeRange): Promise<BusyInterval[]>;

  // --- change notification and lifecycle ---
  /** Calls `listener` after every commit that changed documents. Returns the unsubscribe function. */
  onCommit(listener: ChangeListener): () => void;
  /** Waits for running transactions, then closes connections. */
  close(): Promise<void>;
}
