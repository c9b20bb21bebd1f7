// Runs on the server. What an outbox row's payload holds (store/outbox-store.ts): all the worker
// needs to render and send the message later, without reading the booking again (it may have
// changed by then; the message is about the change that queued it).
import type { MeetingLocation } from '../../../core/schemas/index.ts';

/** The booking as a message tells of it: a snapshot taken in the change's transaction. */
export interface BookingSnapshot {
  id: string;
  eventName: string;
  start: string;
  end: string;
  location: MeetingLocation;
  invitee: { name: string; email: string; timezone: string; notes: string };
  status: 'confirmed' | 'canceled';
  canceledBy: 'host' | 'invitee' | null;
  cancelReason: string;
  updatedAt: string;
}

/** The calendar identity of a booking chain: one UID for the booking and everything it is moved to, SEQUENCE rising. */
export interface IcsIdentity {
  uid: string;
  sequence: number;
}

export type EmailTemplateName = 'invitee_confirmation' | 'invitee_cancellation' | 'host_booking_notice' | 'host_cancellation_notice' | 'reminder';

export interface EmailPayload {
  to: string;
  template: EmailTemplateName;
  booking: BookingSnapshot;
  /** The booking before a reschedule (its time), for the messages that say what moved. */
  previous: { start: string; end: string } | null;
  host: { name: string; email: string; timezone: string };
  /** The invitee's /m/ link; null where the server no longer knows it (a host's cancel). */
  manageUrl: string | null;
  ics: IcsIdentity | null;
}

export type WebhookEventType = 'booking.created' | 'booking.canceled' | 'booking.rescheduled' | 'link.used_up';
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = ['booking.created', 'booking.canceled', 'booking.rescheduled', 'link.used_up'];

/** The body every receiver gets, exactly (DESIGN.md, "Webhooks"). */
export interface WebhookBody {
  id: string;
  type: WebhookEventType;
  createdAt: string;
  data: Record<string, unknown>;
}
