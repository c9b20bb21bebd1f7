// Runs on the server. Reschedule, step 2: the new booking drafted from the target as read, as
// redemption drafts one (../redeem/draft-booking.ts): core's checkBookableStart decides whether the
// start is offered; overlaps (the original's own time not counted) and the meeting limits are the
// store's to settle in step 3, in the one transaction that also retires the original.
import type { BookingDoc, Replicated } from '../../../../core/schemas/index.ts';
import { checkBookableStart, meetingLimitRanges, type ZoneOffsetCache } from '../../../../core/slots/index.ts';
import { generateTimeOrderedId, generateToken } from '../../../../core/tokens/index.ts';
import { hashToken } from '../../auth/hash-token.ts';
import type { BookingCommand } from '../../store/store.ts';
import { SlotUnavailableError } from '../booking-errors.ts';
import type { BookingTarget } from '../booking-target.ts';
import { buildBookingDoc } from '../build-booking-doc.ts';
import { limitSettingsOf } from '../limit-settings-of.ts';
import type { IdSource } from '../redeem/draft-booking.ts';

export interface RescheduleRequest {
  /** ISO UTC, normalized. */
  start: string;
  /** The zone the new time was picked in (the invitee's, or the host's from the desktop). */
  timezone: string;
}

export interface RescheduleDraft {
  command: BookingCommand;
  manageToken: string;
}

/** Throws SlotUnavailableError (409) when the rules do not offer the start. */
export function draftReschedule(target: BookingTarget, original: Replicated<BookingDoc>, request: RescheduleRequest, canceledBy: 'host' | 'invitee', now: Date, ids: IdSource = {}, zoneOffsets?: ZoneOffsetCache): RescheduleDraft {
  const check = checkBookableStart({ rules: target.rules, busy: [], start: request.start, now, zoneOffsets });
  if (!check.ok) throw new SlotUnavailableError(check.reason);
  const manageToken = (ids.newManageToken ?? generateToken)();
  const id = ids.newId ? ids.newId() : generateTimeOrderedId(now.getTime());
  const { invitee } = original;
  const built = buildBookingDoc(id, target, { start: request.start, name: invitee.name, email: invitee.email, timezone: canceledBy === 'invitee' ? request.timezone : invitee.timezone, notes: invitee.notes }, check.end, now.toISOString());
  // The same link as the original (recorded, not spent) and the chain back to it.
  const booking: Replicated<BookingDoc> = { ...built.doc, linkId: original.linkId, rescheduledFromId: original.id };
  return {
    command: {
      hostId: target.host.id,
      eventType: { id: target.eventType.id, seq: target.versions.eventTypeSeq },
      link: null,
      now: now.toISOString(),
      booking,
      server: { blockedStart: built.blocked.start, blockedEnd: built.blocked.end, manageToken: hashToken(manageToken) },
      limits: meetingLimitRanges(request.start, limitSettingsOf(target), zoneOffsets),
      replaces: { bookingId: original.id, canceledBy },
    },
    manageToken,
  };
}
