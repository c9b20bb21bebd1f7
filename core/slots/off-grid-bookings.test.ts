// Runs in tests. The slots-api benchmark's month, checked against a brute-force count: 1,000
// bookings of 15 minutes every 44 minutes on an always-open 15-minute grid leave 1,056 open slots
// of January 2027 in New York, not 2,976 - 1,000 = 1,976. Only one booking in 15 starts on the grid;
// every other one overlaps two slots, and the first seven fall before the month starts in New York.
import { describe, expect, it } from 'vitest';
import { listOpenSlots } from './list-open-slots.ts';
import { everyDay, makeQuery, makeRules } from './testing/slot-fixtures.ts';

const MINUTE = 60_000;

describe('listOpenSlots with bookings off the slot grid', () => {
  it('closes every slot a booking overlaps, as a brute-force count does', () => {
    const rules = makeRules({ weekly: everyDay({ start: '00:00', end: '24:00' }), durationMinutes: 15, slotStepMinutes: 15 });
    const first = Date.parse('2027-01-01T00:00:00.000Z');
    const busy = Array.from({ length: 1000 }, (_, i) => ({ start: first + i * 44 * MINUTE, end: first + i * 44 * MINUTE + 15 * MINUTE }));
    const result = listOpenSlots(makeQuery(rules, '2027-01-01', '2027-01-31', {
      timezone: 'America/New_York',
      busy: busy.map((b) => ({ start: new Date(b.start).toISOString(), end: new Date(b.end).toISOString() })),
    }));
    const offered = result.days.reduce((sum, day) => sum + day.slots.length, 0);

    // Brute force: every 15-minute start of the New York month (05:00Z to 05:00Z, no DST change
    // in January), open when no booking overlaps it.
    let expected = 0;
    let onGrid = 0;
    for (let start = Date.parse('2027-01-01T05:00:00.000Z'); start < Date.parse('2027-02-01T05:00:00.000Z'); start += 15 * MINUTE) {
      if (!busy.some((b) => b.start < start + 15 * MINUTE && b.end > start)) expected += 1;
    }
    for (const b of busy) if ((b.start - first) % (15 * MINUTE) === 0) onGrid += 1;

    expect(onGrid).toBe(67);
    expect(expected).toBe(1056);
    expect(offered).toBe(expected);
  });
});
