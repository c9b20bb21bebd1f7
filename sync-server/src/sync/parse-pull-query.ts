// Runs on the server. `?seq=N&id=ID&limit=N` of a pull, checked; errors name the parameter.
import type { FieldError } from '../../../core/validation/index.ts';
import { isStorableText } from '../../../core/validation/index.ts';
import type { Checkpoint } from '../store/store.ts';

export const DEFAULT_PULL_LIMIT = 100;
export const MAX_PULL_LIMIT = 1000;

export type ParsedPullQuery = { ok: true; checkpoint: Checkpoint | null; limit: number } | { ok: false; fields: FieldError[] };

function single(query: Record<string, unknown>, name: string, fields: FieldError[]): string | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    fields.push({ field: name, message: 'must be given once' });
    return undefined;
  }
  return value;
}

export function parsePullQuery(query: unknown): ParsedPullQuery {
  const q = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const fields: FieldError[] = [];
  const seqText = single(q, 'seq', fields);
  const id = single(q, 'id', fields);
  const limitText = single(q, 'limit', fields);

  let seq: number | null = null;
  if (seqText !== undefined) {
    if (!/^\d{1,16}$/.test(seqText) || !Number.isSafeInteger(Number(seqText))) fields.push({ field: 'seq', message: 'must be a whole number >= 0' });
    else seq = Number(seqText);
  }
  if (id !== undefined) {
    if (id.length > 64 || !isStorableText(id)) fields.push({ field: 'id', message: 'must be a document id (at most 64 characters)' });
    else if (seqText === undefined) fields.push({ field: 'seq', message: 'is required when id is given' });
  }
  let limit = DEFAULT_PULL_LIMIT;
  if (limitText !== undefined) {
    if (!/^\d{1,5}$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > MAX_PULL_LIMIT) {
      fields.push({ field: 'limit', message: `must be a whole number from 1 to ${MAX_PULL_LIMIT}` });
    } else {
      limit = Number(limitText);
    }
  }
  if (fields.length > 0) return { ok: false, fields };
  return { ok: true, checkpoint: seq === null ? null : { seq, id: id ?? '' }, limit };
}
