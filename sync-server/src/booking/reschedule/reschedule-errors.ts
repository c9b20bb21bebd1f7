// Runs on the server. Why a reschedule did not happen, beside the booking errors it shares
// (SlotUnavailableError 409, RedemptionContendedError 503): the original can no longer move.
/** 'canceled', 'rescheduled' (already replaced), 'started', or 'unavailable' (its event type is gone or archived): 410. */
export type RescheduleRefusal = 'canceled' | 'rescheduled' | 'started' | 'unavailable';

export class RescheduleRefusedError extends Error {
  readonly reason: RescheduleRefusal;
  constructor(reason: RescheduleRefusal) {
    super(`reschedule refused: ${reason}`);
    this.name = 'RescheduleRefusedError';
    this.reason = reason;
  }
}
