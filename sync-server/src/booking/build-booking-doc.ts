// Runs on the server. A new confirmed booking exactly as core's `bookings` schema has it (the
// server creates every booking), and the range it blocks on the host's calendar.
import type { BookingDoc, Replicated } from '../../../core/schemas/index.ts';
import { blockedInterval } from '../../../core/slots/index.ts';
import type { BookingRequest } from '../../../core/validation/index.ts';
import type { BookingTarget } from './booking-target.ts';

export function buildBookingDoc(id: string, target: BookingTarget, request: BookingRequest, end: string, now: string): { doc: Replicated<BookingDoc>; blocked: { start: string; end: string } } {
  const doc: Replicated<BookingDoc> = {
    id,
    eventTypeId: target.eventType.id,
    linkId: target.link?.id ?? null,
    start: request.start,
    end,
    eventName: target.eventName,
    location: target.location,
    invitee: { name: request.name, email: request.email, timezone: request.timezone, notes: request.notes },
    status: 'confirmed',
    canceledAt: null,
    canceledBy: null,
    cancelReason: '',
    rescheduledFromId: null,
    rescheduledToId: null,
    createdAt: now,
    updatedAt: now,
    _deleted: false,
  };
  const blocked = blockedInterval(request.start, end, target.eventType.bufferBeforeMinutes, target.eventType.bufferAfterMinutes);
  return { doc, blocked };
}
