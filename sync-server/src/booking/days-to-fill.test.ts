// Runs in tests (server side). The first stretch of days the booking page computes.
import { describe, expect, it } from 'vitest';
import { makeAvailability } from '../../../core/testing/fixtures.ts';
import type { WeeklyAvailability } from '../../../core/schemas/index.ts';
import type { SlotRules } from '../../../core/slots/index.ts';
import { daysToFill } from './days-to-fill.ts';

const allDay = () => [{ start: '00:00', end: '24:00' }];
const nineToFive = () => [{ start: '09:00', end: '17:00' }];

function rules(weekly: WeeklyAvailability, durationMinutes: number, slotStepMinutes: number): SlotRules {
  return { durationMinutes, slotStepMinutes, availability: makeAvailability({ timezone: 'UTC', weekly }), minNoticeMinutes: 0, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, horizonDays: 60 };
}

describe('daysToFill', () => {
  it('needs one day when a day alone offers enough, more as the week offers fewer', () => {
    const open = { mon: allDay(), tue: allDay(), wed: allDay(), thu: allDay(), fri: allDay(), sat: allDay(), sun: allDay() };
    expect(daysToFill(rules(open, 15, 15), 60)).toBe(1);
    // Mon–Fri 09:00–17:00, 30 minutes: 16 starts a day, 80 a week: 60 take 5.25 days of a week.
    const workdays = { mon: nineToFive(), tue: nineToFive(), wed: nineToFive(), thu: nineToFive(), fri: nineToFive(), sat: [], sun: [] };
    expect(daysToFill(rules(workdays, 30, 30), 60)).toBe(6);
    // One hour on Mondays: one start a week.
    expect(daysToFill(rules({ mon: [{ start: '10:00', end: '11:00' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, 60, 30), 3)).toBe(21);
  });

  it('starts with one day when the weekly hours offer nothing (date overrides only, or too short for a meeting)', () => {
    const none = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
    expect(daysToFill(rules(none, 30, 30), 60)).toBe(1);
    expect(daysToFill(rules({ ...none, mon: [{ start: '09:00', end: '09:20' }] }, 30, 30), 60)).toBe(1);
  });
});
