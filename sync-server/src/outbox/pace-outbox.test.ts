// Runs in tests. The worker's pace: quick when the process has room, a trickle while it is busy.
import { describe, expect, it } from 'vitest';
import { OUTBOX_BUSY_GAP_MS, OUTBOX_GAP_MS, outboxGapMs } from './pace-outbox.ts';

describe('outboxGapMs', () => {
  it('waits the short gap while the event loop has room', () => {
    expect(outboxGapMs(0)).toBe(OUTBOX_GAP_MS);
    expect(outboxGapMs(0.5)).toBe(OUTBOX_GAP_MS);
  });

  it('waits the long gap while the event loop is busy more than half the time', () => {
    expect(outboxGapMs(0.51)).toBe(OUTBOX_BUSY_GAP_MS);
    expect(outboxGapMs(1)).toBe(OUTBOX_BUSY_GAP_MS);
  });
});
