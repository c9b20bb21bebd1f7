// Runs on the server. Store.book for a reschedule (BookingCommand.replaces), the same on both
// stores because it is written once against WriteTx (ARCHITECTURE.md, invariant 8): one write
// transaction of the host in which the event type is still as read, the old booking still
// confirmed and not started, the limits hold (the old booking's place counted as free), the old
// booking becomes canceled ('rescheduled', pointing at the new one) and then the new one goes in.
// The old one goes out first so that its own time does not block the new one; if the new one
// overlaps another booking, insertBooking throws, the whole transaction rolls back and the
// original stays confirmed. A reschedule spends no use of the link: its command has no link.
import type { BookingDoc, Replicated } from '../../../core/schemas/index.ts';
import { isLimitReached, limitsSpan } from './is-limit-reached.ts';
import type { BookingCommand, BookingOutcome, BookingReplacement, WriteTx } from './store.ts';
import { BookingOverlapError } from './store-errors.ts';

type Settled = Exclude<BookingOutcome, 'overlap'>;

async function settleInTransaction(tx: WriteTx, command: BookingCommand, replaces: BookingReplacement): Promise<Settled> {
  const eventType = (await tx.getDocs('event_types', [command.eventType.id])).get(command.eventType.id);
  if (!eventType || eventType.seq !== command.eventType.seq) return 'stale';
  const old = (await tx.getDocs('bookings', [replaces.bookingId])).get(replaces.bookingId);
  if (!old || old.doc._deleted || old.doc.status !== 'confirmed' || Date.parse(old.doc.start) <= Date.parse(command.now)) return 'gone';
  const limits = command.limits ?? [];
  if (limits.length > 0 && isLimitReached(limits, command.eventType.id, await tx.listBusyIntervals(limitsSpan(limits)), old.doc.id)) return 'limit_reached';
  const replaced: Replicated<BookingDoc> = {
    ...old.doc,
    status: 'canceled',
    canceledAt: command.now,
    canceledBy: replaces.canceledBy,
    cancelReason: 'rescheduled',
    rescheduledToId: command.booking.id,
    updatedAt: command.now,
  };
  await tx.putDoc('bookings', replaced);
  await tx.insertBooking({ ...command.booking, rescheduledFromId: old.doc.id }, command.server);
  if (command.outbox) await tx.enqueueOutbox(command.outbox);
  return 'booked';
}

/** `writeTransaction` is the store's own; an overlap of the new booking is the outcome 'overlap', with nothing written. */
export async function settleReplacement(writeTransaction: <T>(hostId: string, work: (tx: WriteTx) => Promise<T>) => Promise<T>, command: BookingCommand): Promise<BookingOutcome> {
  const { replaces } = command;
  if (!replaces) throw new Error('settleReplacement: the command replaces no booking');
  if (command.link !== null) throw new Error('settleReplacement: a reschedule spends no use of a link');
  try {
    return await writeTransaction(command.hostId, (tx) => settleInTransaction(tx, command, replaces));
  } catch (error) {
    if (error instanceof BookingOverlapError) return 'overlap';
    throw error;
  }
}
