// Runs on the server. Why a redemption or cancellation did not happen. Thrown inside the write
// transaction (so it rolls back) and turned into an answer by the routes.
import type { UnavailableReason } from './booking-target.ts';

/** The link (or event type) cannot be booked: 404 or 410 by reason. */
export class TargetUnavailableError extends Error {
  readonly reason: UnavailableReason;
  constructor(reason: UnavailableReason) {
    super(`booking target unavailable: ${reason}`);
    this.name = 'TargetUnavailableError';
    this.reason = reason;
  }
}

/** The start is not open (any more): 409. */
export class SlotUnavailableError extends Error {
  constructor(why: string) {
    super(`slot unavailable: ${why}`);
    this.name = 'SlotUnavailableError';
  }
}

/** The booking cannot be canceled: unknown (404), already canceled or already begun (409). */
export class CancelRefusedError extends Error {
  readonly code: 'not_found' | 'already_canceled' | 'already_started';
  constructor(code: 'not_found' | 'already_canceled' | 'already_started') {
    super(`cancel refused: ${code}`);
    this.name = 'CancelRefusedError';
    this.code = code;
  }
}

/** The target kept changing under the redemption (its host editing it as fast as it reads): 503, try again. */
export class RedemptionContendedError extends Error {
  constructor() {
    super('the booking target kept changing; try again');
    this.name = 'RedemptionContendedError';
  }
}
