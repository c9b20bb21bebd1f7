// Runs in tests. What a booking blocks: the meeting widened by its buffers.
import { describe, expect, it } from 'vitest';
import { blockedInterval } from './blocked-interval.ts';

describe('blockedInterval', () => {
  it('widens the meeting by the buffers before and after', () => {
    expect(blockedInterval('2026-06-01T09:00:00.000Z', '2026-06-01T09:30:00.000Z', 15, 10)).toEqual({
      start: '2026-06-01T08:45:00.000Z', end: '2026-06-01T09:40:00.000Z',
    });
  });

  it('normalises any strict ISO instant to UTC with milliseconds', () => {
    expect(blockedInterval('2026-06-01T11:00+02:00', '2026-06-01T09:30:00Z', 0, 0)).toEqual({
      start: '2026-06-01T09:00:00.000Z', end: '2026-06-01T09:30:00.000Z',
    });
  });

  it('rejects bad input with an error naming the argument', () => {
    expect(() => blockedInterval('9am', '2026-06-01T09:30:00Z', 0, 0)).toThrow(/^start: /);
    expect(() => blockedInterval('2026-06-01T09:00:00Z', '2026-06-01T08:30:00Z', 0, 0)).toThrow(/^end: .* is before start/);
    expect(() => blockedInterval('2026-06-01T09:00:00Z', '2026-06-01T09:30:00Z', -1, 0)).toThrow(/^bufferBeforeMinutes: /);
    expect(() => blockedInterval('2026-06-01T09:00:00Z', '2026-06-01T09:30:00Z', 0, 1.5)).toThrow(/^bufferAfterMinutes: /);
  });
});
