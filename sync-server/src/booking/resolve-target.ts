// Runs on the server. The one rule of whether a link or an event type can be booked now, applied
// to what a page, a slots request or a redemption read (ARCHITECTURE.md, "A link is live").
import { linkAvailabilityAt } from '../../../core/links/index.ts';
import { applyLinkOverrides } from '../../../core/slots/index.ts';
import type { Host, LinkWithTarget, StoredDoc } from '../store/store.ts';
import type { TargetResult } from './booking-target.ts';

export function resolveLinkTarget(found: LinkWithTarget, now: Date): TargetResult {
  const { host, link: { doc: link }, eventType } = found;
  const availability = linkAvailabilityAt(link, now.getTime());
  // A deleted link or event type is as unknown as one that never existed: reveal nothing.
  if (availability === 'deleted' || !eventType || eventType.doc._deleted) return { ok: false, reason: 'not_found' };
  if (availability !== 'live') return { ok: false, reason: availability };
  if (eventType.doc.archived) return { ok: false, reason: 'unavailable' };
  return {
    ok: true,
    target: {
      host,
      eventType: eventType.doc,
      link,
      rules: applyLinkOverrides(eventType.doc, link.overrides),
      eventName: link.overrides.name?.trim() ? link.overrides.name : eventType.doc.name,
      location: link.overrides.location ?? eventType.doc.location,
      versions: { eventTypeSeq: eventType.seq, linkEditSeq: found.editSeq },
    },
  };
}

/** The standard link is open only while the event type is live, public and not archived (else 404). */
export function resolveStandardTarget(host: Host, stored: StoredDoc<'event_types'> | null): TargetResult {
  const eventType = stored?.doc;
  if (!stored || !eventType || eventType._deleted || eventType.archived || !eventType.publicBooking) return { ok: false, reason: 'not_found' };
  return {
    ok: true,
    target: {
      host, eventType, link: null, rules: applyLinkOverrides(eventType), eventName: eventType.name, location: eventType.location,
      versions: { eventTypeSeq: stored.seq, linkEditSeq: 0 },
    },
  };
}
