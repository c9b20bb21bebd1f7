// Runs anywhere (shared). A complete `links` document from what the host chose: a fresh id and an
// unguessable token, no uses yet. The desktop's create form and the server's `POST /api/links`
// (and its CLI) both build links here, so a link is the same whichever way it was made; each
// caller validates the result with core's validateLink before writing it.
import type { LinkDoc } from '../schemas/index.ts';
import { generateId, generateToken } from '../tokens/index.ts';

/** What the host decides about a link; the rest of the document is bookkeeping. */
export type LinkFields = Pick<LinkDoc, 'eventTypeId' | 'maxUses' | 'expiresAt' | 'overrides' | 'contact' | 'note'>;

/** A copy of JSON data (core has no structuredClone: it uses only the language's own library). */
const copyJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function buildNewLink(fields: LinkFields, now: Date = new Date()): LinkDoc {
  const at = now.toISOString();
  return {
    id: generateId(),
    token: generateToken(),
    // A copy, so the caller's later edits of its objects never reach the stored document.
    ...copyJson(fields),
    revokedAt: null,
    createdAt: at,
    updatedAt: at,
    useCount: 0,
    bookingIds: [],
    lastBookedAt: null,
  };
}
