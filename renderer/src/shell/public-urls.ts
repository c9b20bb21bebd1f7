// renderer: the invitee-facing URLs of the host's links and event types. The sync server serves
// the booking pages, so its URL is their base.
import type { EventTypeDoc, LinkDoc } from '../../../core/schemas/index.ts';
import { eventTypeUrl, linkUrl } from '../../../core/urls/index.ts';

export function linkUrlFor(publicUrl: string, link: Pick<LinkDoc, 'token'>): string {
  return linkUrl(publicUrl, link.token);
}

/** The standard link, or null while the event type is closed to public booking or not yet named. */
export function standardLinkUrlFor(publicUrl: string, hostSlug: string, eventType: Pick<EventTypeDoc, 'slug' | 'publicBooking'>): string | null {
  if (!eventType.publicBooking || eventType.slug === '') return null;
  return eventTypeUrl(publicUrl, hostSlug, eventType.slug);
}
