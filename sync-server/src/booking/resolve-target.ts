// Runs on the server. The one rule of whether a link or an event type can be booked now, applied
// to documents read either before a request (pages, slots) or inside the redemption transaction.
import type { EventTypeDoc, LinkDoc, Replicated } from '../../../core/schemas/index.ts';
import { applyLinkOverrides } from '../../../core/slots/index.ts';
import type { Host } from '../store/store.ts';
import type { TargetResult } from './booking-target.ts';

export function resolveLinkTarget(host: Host, link: Replicated<LinkDoc> | null, eventType: Replicated<EventTypeDoc> | null, now: Date): TargetResult {
  // A deleted link or event type is as unknown as one that never existed: reveal nothing.
  if (!link || link._deleted || !eventType || eventType._deleted) return { ok: false, reason: 'not_found' };
  if (link.revokedAt !== null) return { ok: false, reason: 'revoked' };
  if (link.expiresAt !== null && Date.parse(link.expiresAt) <= now.getTime()) return { ok: false, reason: 'expired' };
  if (link.useCount >= link.maxUses) return { ok: false, reason: 'used' };
  if (eventType.archived) return { ok: false, reason: 'unavailable' };
  return {
    ok: true,
    target: {
      host,
      eventType,
      link,
      rules: applyLinkOverrides(eventType, link.overrides),
      eventName: link.overrides.name?.trim() ? link.overrides.name : eventType.name,
      location: link.overrides.location ?? eventType.location,
    },
  };
}

/** The standard link is open only while the event type is live, public and not archived (else 404). */
export function resolveStandardTarget(host: Host, eventType: Replicated<EventTypeDoc> | null): TargetResult {
  if (!eventType || eventType._deleted || eventType.archived || !eventType.publicBooking) return { ok: false, reason: 'not_found' };
  return {
    ok: true,
    target: { host, eventType, link: null, rules: applyLinkOverrides(eventType), eventName: eventType.name, location: eventType.location },
  };
}
