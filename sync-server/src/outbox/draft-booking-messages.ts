// Runs on the server. The messages one change of a booking owes (ARCHITECTURE.md, invariant 7), as
// outbox rows to be written in the change's own transaction: a booking, a cancel or a reschedule,
// a function of (old booking?, new booking, kind), so every path that changes a booking queues
// the same messages through BookingCommand.outbox or WriteTx.enqueueOutbox:
//   booked:      invitee confirmation (.ics REQUEST), host notice, reminder, booking.created, link.used_up;
//   rescheduled: the same for the new booking (REQUEST, same UID, higher SEQUENCE), booking.rescheduled,
//                and the old booking's pending reminder dropped;
//   canceled:    invitee cancellation (.ics CANCEL, same UID), host notice, booking.canceled, reminder dropped.
// Nothing is rendered here: a payload is a small JSON snapshot, so queuing costs the redemption one
// short string per message; the worker renders and sends later.
import { randomUUID } from 'node:crypto';
import type { BookingDoc } from '../../../core/schemas/index.ts';
import type { OutboxBatch, OutboxMessage } from '../store/outbox-store.ts';
import type { BookingSnapshot, EmailPayload, EmailTemplateName, IcsIdentity, WebhookBody, WebhookEventType } from './outbox-payloads.ts';

export type BookingChangeKind = 'booked' | 'rescheduled' | 'canceled';

export interface BookingChange {
  kind: BookingChangeKind;
  /** The booking as the change leaves it (the new one of a reschedule; the canceled one of a cancel). */
  booking: BookingDoc;
  /** A reschedule's original booking. */
  old?: BookingDoc | null;
  host: { name: string; email: string; timezone: string };
  /** The event type's reminder (null, 60 or 1440 minutes before the start); null or absent = none. */
  reminderMinutes?: number | null;
  /** The invitee's /m/ link, when the server still knows the token (it stores only a hash). */
  manageUrl: string | null;
  /** The booking chain's calendar identity (ics-identity.ts). */
  ics: IcsIdentity;
  now: Date;
  /** Ids of the rows (tests pass fixed ones). */
  newId?: () => string;
}

export function snapshotOf(booking: BookingDoc): BookingSnapshot {
  const { id, eventName, start, end, location, invitee, status, canceledBy, cancelReason, updatedAt } = booking;
  return { id, eventName, start, end, location, invitee: { ...invitee }, status, canceledBy, cancelReason, updatedAt };
}

export function draftBookingMessages(change: BookingChange): OutboxBatch {
  const { kind, booking, old, host, now } = change;
  const newId = change.newId ?? randomUUID;
  const nowIso = now.toISOString();
  const snapshot = snapshotOf(booking);
  const messages: OutboxMessage[] = [];
  const email = (template: EmailTemplateName, to: string, dueAt = nowIso): void => {
    const payload: EmailPayload = {
      to, template, booking: snapshot, previous: old ? { start: old.start, end: old.end } : null,
      host, manageUrl: change.manageUrl, ics: template === 'host_booking_notice' || template === 'host_cancellation_notice' ? null : change.ics,
    };
    messages.push({ id: newId(), kind: 'email', topic: template, bookingId: booking.id, dueAt, payload: JSON.stringify(payload) });
  };
  const webhook = (type: WebhookEventType, data: Record<string, unknown>, onlyIfLinkUsedUp = false): void => {
    const id = newId();
    const body: WebhookBody = { id, type, createdAt: nowIso, data };
    messages.push({ id, kind: 'webhook_event', topic: type, bookingId: booking.id, dueAt: nowIso, payload: JSON.stringify(body), ...(onlyIfLinkUsedUp ? { onlyIfLinkUsedUp } : {}) });
  };
  const bookingData = { booking: { ...snapshot, eventTypeId: booking.eventTypeId, linkId: booking.linkId } };

  if (kind === 'canceled') {
    email('invitee_cancellation', booking.invitee.email);
    if (host.email !== '') email('host_cancellation_notice', host.email);
    webhook('booking.canceled', bookingData);
    return { messages, dropRemindersOf: [booking.id] };
  }
  email('invitee_confirmation', booking.invitee.email);
  if (host.email !== '') email('host_booking_notice', host.email);
  const reminder = change.reminderMinutes ?? null;
  if (reminder !== null && reminder > 0) {
    const dueAt = Date.parse(booking.start) - reminder * 60_000;
    // A booking made inside the reminder's window needs no reminder: the confirmation is it.
    if (dueAt > now.getTime()) email('reminder', booking.invitee.email, new Date(dueAt).toISOString());
  }
  if (kind === 'rescheduled' && old) {
    webhook('booking.rescheduled', { ...bookingData, previousBooking: { ...snapshotOf(old), eventTypeId: old.eventTypeId, linkId: old.linkId } });
    return { messages, dropRemindersOf: [old.id] };
  }
  webhook('booking.created', bookingData);
  if (booking.linkId !== null) webhook('link.used_up', { linkId: booking.linkId, eventTypeId: booking.eventTypeId, bookingId: booking.id }, true);
  return { messages, dropRemindersOf: [] };
}
