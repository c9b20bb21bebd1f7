// Runs on the server. What a public booking URL leads to: a host's event type, through a link or
// the standard link, with the link's overrides applied. Or why it leads nowhere.
import type { EventTypeDoc, LinkDoc, MeetingLocation } from '../../../core/schemas/index.ts';
import type { SlotRules } from '../../../core/slots/index.ts';
import type { Host } from '../store/store.ts';

export interface BookingTarget {
  host: Host;
  eventType: EventTypeDoc;
  /** null for the standard link (/e/{hostSlug}/{eventSlug}). */
  link: LinkDoc | null;
  rules: SlotRules;
  eventName: string;
  location: MeetingLocation;
  /** The versions read (seqs): a redemption books only while they are still current. */
  versions: { eventTypeSeq: number; linkEditSeq: number };
}

/** 'not_found' answers 404; the others 410 (the link existed, and the host can make a new one). */
export type UnavailableReason = 'not_found' | 'used' | 'expired' | 'revoked' | 'unavailable';

export type TargetResult = { ok: true; target: BookingTarget } | { ok: false; reason: UnavailableReason };

export function statusOfReason(reason: UnavailableReason): 404 | 410 {
  return reason === 'not_found' ? 404 : 410;
}
