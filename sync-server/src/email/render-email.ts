// Runs on the server. An email outbox row's payload as a message ready for nodemailer: one
// template per message (templates/), text and HTML parts, and for the invitee's messages the
// .ics invite (METHOD REQUEST or CANCEL, the chain's UID and SEQUENCE) as an attachment.
import type Mail from 'nodemailer/lib/mailer/index.js';
import { buildBookingIcs } from '../booking/build-booking-ics.ts';
import type { EmailPayload, EmailTemplateName } from '../outbox/outbox-payloads.ts';
import type { RenderedEmail } from './templates/email-parts.ts';
import { renderHostBookingNotice } from './templates/host-booking-notice.ts';
import { renderHostCancellationNotice } from './templates/host-cancellation-notice.ts';
import { renderInviteeCancellation } from './templates/invitee-cancellation.ts';
import { renderInviteeConfirmation } from './templates/invitee-confirmation.ts';
import { renderReminder } from './templates/reminder.ts';

const TEMPLATES: Record<EmailTemplateName, (payload: EmailPayload) => RenderedEmail> = {
  invitee_confirmation: renderInviteeConfirmation,
  invitee_cancellation: renderInviteeCancellation,
  host_booking_notice: renderHostBookingNotice,
  host_cancellation_notice: renderHostCancellationNotice,
  reminder: renderReminder,
};

/** The address part of MAIL_FROM ('1x <no-reply@example.org>' → 'no-reply@example.org'). */
export function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

export function renderEmail(payload: EmailPayload, mailFrom: string): Mail.Options {
  const render = TEMPLATES[payload.template];
  if (!render) throw new Error(`unknown email template ${String(payload.template)}`);
  const { subject, text, html } = render(payload);
  const message: Mail.Options = { from: mailFrom, to: payload.to, subject, text, html };
  if (payload.ics) {
    const method = payload.template === 'invitee_cancellation' ? 'CANCEL' : 'REQUEST';
    const content = buildBookingIcs({
      booking: payload.booking, hostName: payload.host.name, manageUrl: payload.manageUrl,
      invite: {
        method, uid: payload.ics.uid, sequence: payload.ics.sequence,
        organizer: { name: payload.host.name, email: payload.host.email || addressOf(mailFrom) },
        attendee: { name: payload.booking.invitee.name, email: payload.booking.invitee.email },
      },
    });
    message.attachments = [{ filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics', content, contentType: `text/calendar; charset=utf-8; method=${method}` }];
  }
  return message;
}
