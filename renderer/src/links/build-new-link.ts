// renderer: a complete `links` document from what the host chose: a fresh id and an unguessable
// token, no uses yet. The create form validates exactly this document; the caller inserts it.
import type { EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';
import { generateId, generateToken } from '../../../core/tokens/index.ts';

/** What the host decides about a link; the rest of the document is bookkeeping. */
export type LinkFields = Pick<LinkDoc, 'eventTypeId' | 'maxUses' | 'expiresAt' | 'overrides' | 'contact' | 'note'>;

export function buildNewLink(fields: LinkFields, now: Date = new Date()): LinkDoc {
  const at = now.toISOString();
  return {
    id: generateId(),
    token: generateToken(),
    ...structuredClone(fields),
    revokedAt: null,
    createdAt: at,
    updatedAt: at,
    useCount: 0,
    bookingIds: [],
    lastBookedAt: null,
  };
}

/** The meeting as this link offers it: the event type with the link's overrides applied. */
export function effectiveMeeting(link: Pick<LinkDoc, 'overrides'>, eventType: EventTypeDoc) {
  const { overrides } = link;
  return {
    name: overrides.name ?? eventType.name,
    durationMinutes: overrides.durationMinutes ?? eventType.durationMinutes,
    location: overrides.location ?? eventType.location,
    availability: overrides.availability ?? eventType.availability,
  };
}
