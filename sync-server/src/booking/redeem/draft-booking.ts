// Runs on the server. Redemption, step 2: the booking as it would be stored, drafted from the
// target as read. The start is checked against core's rules (grid, availability, notice,
// horizon); overlap with the host's other bookings, buffers included, is the store's to refuse
// in step 3 (ARCHITECTURE.md, invariant 2). The command carries the versions the rules were read
// at, so the store books only while they are still current.
import { checkBookableStart, meetingLimitRanges, type ZoneOffsetCache } from '../../../../core/slots/index.ts';
import { generateTimeOrderedId, generateToken } from '../../../../core/tokens/index.ts';
import type { BookingRequest } from '../../../../core/validation/index.ts';
import { hashToken } from '../../auth/hash-token.ts';
import type { BookingCommand } from '../../store/store.ts';
import { SlotUnavailableError } from '../booking-errors.ts';
import type { BookingTarget } from '../booking-target.ts';
import { buildBookingDoc } from '../build-booking-doc.ts';
import { limitSettingsOf } from '../limit-settings-of.ts';

/** Where new ids and manage tokens come from (tests pass a colliding id to make the insert fail). */
export interface IdSource {
  newId?: () => string;
  newManageToken?: () => string;
}

export interface BookingDraft {
  command: BookingCommand;
  /** The invitee's capability for /m/{manageToken}; only its hash is stored. */
  manageToken: string;
}

/** Throws SlotUnavailableError (409) when the rules do not offer the start (the limits are the store's, step 3). */
export function draftBooking(target: BookingTarget, request: BookingRequest, now: Date, ids: IdSource = {}, zoneOffsets?: ZoneOffsetCache): BookingDraft {
  const check = checkBookableStart({ rules: target.rules, busy: [], start: request.start, now, zoneOffsets });
  if (!check.ok) throw new SlotUnavailableError(check.reason);
  const manageToken = (ids.newManageToken ?? generateToken)();
  // Time-ordered (v7): new bookings append to the id index instead of dirtying a random page.
  const id = ids.newId ? ids.newId() : generateTimeOrderedId(now.getTime());
  const nowIso = now.toISOString();
  const { doc, blocked } = buildBookingDoc(id, target, request, check.end, nowIso);
  return {
    command: {
      hostId: target.host.id,
      eventType: { id: target.eventType.id, seq: target.versions.eventTypeSeq },
      link: target.link ? { id: target.link.id, editSeq: target.versions.linkEditSeq } : null,
      now: nowIso,
      booking: doc,
      server: { blockedStart: blocked.start, blockedEnd: blocked.end, manageToken: hashToken(manageToken) },
      // The event type's meeting limits, counted by the store in the booking's own transaction.
      limits: meetingLimitRanges(request.start, limitSettingsOf(target), zoneOffsets),
    },
    manageToken,
  };
}
