// renderer: the link builder (in core/links, shared with the server's POST /api/links, so a link
// is built the same way wherever it is made) and the meeting a link offers.
import type { EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';

export { buildNewLink, type LinkFields } from '../../../core/links/index.ts';

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
