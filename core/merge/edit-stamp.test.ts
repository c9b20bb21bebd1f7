// Runs in tests. The per-field hybrid logical clock.
import { describe, expect, it } from 'vitest';
import { PATTERNS } from '../schemas/limits.ts';
import { deviceOfStamp, isNewerEdit, nextEditStamp, timeOfStamp } from './edit-stamp.ts';

const T0 = Date.parse('2026-12-03T11:30:00.000Z');

describe('nextEditStamp', () => {
  it('is the wall-clock time, counter 0 and the device for a field never edited', () => {
    expect(nextEditStamp(undefined, T0, 'devicea1')).toBe('2026-12-03T11:30:00.000Z~0000~devicea1');
  });

  it('matches the schema pattern', () => {
    expect(new RegExp(PATTERNS.editStamp, 'u').test(nextEditStamp(undefined, T0, 'devicea1'))).toBe(true);
  });

  it('orders after the edit it replaces even when this clock is behind', () => {
    const theirs = nextEditStamp(undefined, T0 + 60_000, 'deviceb2');
    const mine = nextEditStamp(theirs, T0, 'devicea1');
    expect(mine > theirs).toBe(true);
    expect(mine).toBe('2026-12-03T11:31:00.000Z~0001~devicea1');
    expect(nextEditStamp(mine, T0, 'devicea1')).toBe('2026-12-03T11:31:00.000Z~0002~devicea1');
  });

  it('moves to the wall clock once it has passed the last edit', () => {
    const last = nextEditStamp(undefined, T0, 'deviceb2');
    expect(nextEditStamp(last, T0 + 1, 'devicea1')).toBe('2026-12-03T11:30:00.001Z~0000~devicea1');
  });

  it('refuses a device id that would break the format', () => {
    expect(() => nextEditStamp(undefined, T0, 'Dev~1')).toThrow(/deviceId/);
  });

  it('reads back the device and time', () => {
    const stamp = nextEditStamp(undefined, T0, 'devicea1');
    expect(deviceOfStamp(stamp)).toBe('devicea1');
    expect(timeOfStamp(stamp)).toBe('2026-12-03T11:30:00.000Z');
  });
});

describe('isNewerEdit', () => {
  const early = { at: nextEditStamp(undefined, T0, 'deviceb2'), after: '' };
  const late = { at: nextEditStamp(undefined, T0 + 1000, 'devicea1'), after: '' };

  it('orders by time first, then by device for the same time', () => {
    expect(isNewerEdit(late, early)).toBe(true);
    expect(isNewerEdit(early, late)).toBe(false);
    const sameTimeA = { at: nextEditStamp(undefined, T0, 'devicea1'), after: '' };
    expect(isNewerEdit(early, sameTimeA)).toBe(true);
    expect(isNewerEdit(sameTimeA, early)).toBe(false);
  });

  it('treats a field never edited as older than any edit, and equal to itself', () => {
    expect(isNewerEdit(early, undefined)).toBe(true);
    expect(isNewerEdit(undefined, early)).toBe(false);
    expect(isNewerEdit(undefined, undefined)).toBe(false);
  });
});
