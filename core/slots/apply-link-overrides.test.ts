// Runs in tests. A link's overrides tailor duration and availability; nothing else.
import { describe, expect, it } from 'vitest';
import type { EventTypeDoc } from '../schemas/index.ts';
import { applyLinkOverrides } from './apply-link-overrides.ts';
import { everyDay, NO_WEEK } from './testing/slot-fixtures.ts';

const eventType: EventTypeDoc = {
  id: 'et-1', name: 'Intro call', slug: 'intro-call', description: '', durationMinutes: 30,
  location: { kind: 'video', details: 'https://meet.example/abc' },
  availability: { timezone: 'Europe/Berlin', weekly: everyDay({ start: '09:00', end: '17:00' }), overrides: [] },
  minNoticeMinutes: 120, bufferBeforeMinutes: 5, bufferAfterMinutes: 10, horizonDays: 30, slotStepMinutes: 15,
  publicBooking: true, archived: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('applyLinkOverrides', () => {
  it('takes the event type’s rules when the link overrides nothing', () => {
    const expected = {
      durationMinutes: 30, availability: eventType.availability, minNoticeMinutes: 120,
      bufferBeforeMinutes: 5, bufferAfterMinutes: 10, horizonDays: 30, slotStepMinutes: 15,
    };
    expect(applyLinkOverrides(eventType)).toEqual(expected);
    expect(applyLinkOverrides(eventType, {})).toEqual(expected);
  });

  it('lets the link set another duration and other availability, keeping the rest', () => {
    const availability = { timezone: 'America/New_York', weekly: { ...NO_WEEK, fri: [{ start: '13:00', end: '15:00' }] }, overrides: [] };
    expect(applyLinkOverrides(eventType, { durationMinutes: 60, availability, name: 'Custom', location: { kind: 'phone', details: '+1 555' } })).toEqual({
      durationMinutes: 60, availability, minNoticeMinutes: 120, bufferBeforeMinutes: 5, bufferAfterMinutes: 10, horizonDays: 30, slotStepMinutes: 15,
    });
  });
});
