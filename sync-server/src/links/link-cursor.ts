// Runs on the server. The opaque `cursor` of `GET /api/links`: a store checkpoint `{seq, id}`
// (where the scan stopped, in the pull's order) as base64url JSON. Opaque so the encoding may
// change; a cursor that does not decode to a checkpoint is a 400 naming `cursor`. Pure.
import type { Checkpoint } from '../store/store.ts';

/** Far longer than any checkpoint encodes to; longer input is refused before decoding. */
const MAX_CURSOR_LENGTH = 200;

export function encodeLinkCursor(checkpoint: Checkpoint): string {
  return Buffer.from(JSON.stringify({ s: checkpoint.seq, i: checkpoint.id }), 'utf8').toString('base64url');
}

/** The checkpoint, or null when `cursor` is not one this server handed out. */
export function decodeLinkCursor(cursor: string): Checkpoint | null {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { s, i } = value as Record<string, unknown>;
  if (typeof s !== 'number' || !Number.isSafeInteger(s) || s < 0) return null;
  if (typeof i !== 'string' || i.length > 64) return null;
  return { seq: s, id: i };
}
