// Runs on the server. `?status=&limit=&cursor=` of `GET /api/links`, checked; every problem names
// its parameter (unknown ones too). Pure.
import type { FieldError } from '../../../core/validation/index.ts';
import type { Checkpoint } from '../store/store.ts';
import { decodeLinkCursor } from './link-cursor.ts';
import { LINK_STATUSES, type LinkStatus } from './link-status.ts';

export const DEFAULT_LIST_LIMIT = 50;
export const MAX_LIST_LIMIT = 100;

export interface ListLinksQuery {
  /** null = every non-deleted link. */
  status: LinkStatus | null;
  limit: number;
  /** Where the previous page stopped; null = from the start. */
  after: Checkpoint | null;
}

export type ParsedListLinksQuery = { ok: true; query: ListLinksQuery } | { ok: false; fields: FieldError[] };

const KNOWN = new Set(['status', 'limit', 'cursor']);

export function parseListLinksQuery(raw: unknown): ParsedListLinksQuery {
  const q = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const fields: FieldError[] = [];
  const single = (name: string): string | undefined => {
    const value = q[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      fields.push({ field: name, message: 'must be given once' });
      return undefined;
    }
    return value;
  };
  for (const key of Object.keys(q)) if (!KNOWN.has(key)) fields.push({ field: key.slice(0, 64), message: 'is not a parameter of this list (status, limit, cursor)' });

  const statusText = single('status');
  let status: LinkStatus | null = null;
  if (statusText !== undefined) {
    if ((LINK_STATUSES as readonly string[]).includes(statusText)) status = statusText as LinkStatus;
    else fields.push({ field: 'status', message: `must be one of ${LINK_STATUSES.join(', ')}` });
  }
  const limitText = single('limit');
  let limit = DEFAULT_LIST_LIMIT;
  if (limitText !== undefined) {
    if (/^\d{1,4}$/.test(limitText) && Number(limitText) >= 1 && Number(limitText) <= MAX_LIST_LIMIT) limit = Number(limitText);
    else fields.push({ field: 'limit', message: `must be a whole number from 1 to ${MAX_LIST_LIMIT}` });
  }
  const cursorText = single('cursor');
  let after: Checkpoint | null = null;
  if (cursorText !== undefined) {
    after = decodeLinkCursor(cursorText);
    if (after === null) fields.push({ field: 'cursor', message: 'is not a cursor this list handed out' });
  }
  if (fields.length > 0) return { ok: false, fields };
  return { ok: true, query: { status, limit, after } };
}
