// Runs on the server. The indexed columns both stores keep beside each document's JSON, derived
// from the document in one place so SQLite and PostgreSQL cannot drift apart.
import type { BookingDoc, CollectionName, EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';
import { isCanonicalUtcTime } from '../../../core/validation/index.ts';
import { MAX_BLOCKED_SPAN_MS } from './max-blocked-span.ts';
import type { BookingServerFields, ReplicatedDoc } from './store.ts';
import { InvalidColumnValueError } from './store-errors.ts';

/** The document as stored in the JSON column: `_deleted` lives in its own column. */
export type DocBody = Record<string, unknown>;

export function splitDoc(doc: ReplicatedDoc): { body: DocBody; deleted: boolean } {
  const { _deleted, ...body } = doc as ReplicatedDoc & Record<string, unknown>;
  return { body, deleted: _deleted === true };
}

export function joinDoc<C extends CollectionName>(body: DocBody, deleted: boolean): ReplicatedDoc<C> {
  return { ...body, _deleted: deleted } as ReplicatedDoc<C>;
}

/** A time column's value in the one stored form (Date#toISOString), which both stores compare as text or timestamptz. */
export function toInstantColumn(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  // Already in that form (every validated document's times are): nothing to normalize.
  if (isCanonicalUtcTime(value)) return value;
  const ms = Date.parse(value);
  if (!Number.isFinite(ms)) throw new InvalidColumnValueError(field, `${field} must be an ISO-8601 time`);
  return new Date(ms).toISOString();
}

export interface EventTypeColumns {
  slug: string;
}

export interface LinkColumns {
  token: string;
  eventTypeId: string;
  maxUses: number;
  useCount: number;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface BookingColumns {
  eventTypeId: string;
  linkId: string | null;
  status: string;
  start: string;
  end: string;
}

export function eventTypeColumns(doc: EventTypeDoc): EventTypeColumns {
  return { slug: doc.slug };
}

export function linkColumns(doc: LinkDoc): LinkColumns {
  return {
    token: doc.token,
    eventTypeId: doc.eventTypeId,
    maxUses: doc.maxUses,
    useCount: doc.useCount,
    expiresAt: toInstantColumn('expiresAt', doc.expiresAt),
    revokedAt: toInstantColumn('revokedAt', doc.revokedAt),
  };
}

export function bookingColumns(doc: BookingDoc): BookingColumns {
  return {
    eventTypeId: doc.eventTypeId,
    linkId: doc.linkId,
    status: doc.status,
    start: toInstantColumn('start', doc.start) as string,
    end: toInstantColumn('end', doc.end) as string,
  };
}

/** A booking's blocked range as stored: canonical instants, start before end, at most MAX_BLOCKED_SPAN_MS long. */
export function blockedRangeColumns(server: BookingServerFields): { blockedStart: string; blockedEnd: string } {
  const blockedStart = toInstantColumn('blockedStart', server.blockedStart) as string;
  const blockedEnd = toInstantColumn('blockedEnd', server.blockedEnd) as string;
  if (blockedStart >= blockedEnd) throw new InvalidColumnValueError('blockedEnd', 'blockedEnd must be after blockedStart');
  if (Date.parse(blockedEnd) - Date.parse(blockedStart) > MAX_BLOCKED_SPAN_MS) throw new InvalidColumnValueError('blockedEnd', 'a blocked range spans at most 72 hours');
  return { blockedStart, blockedEnd };
}
