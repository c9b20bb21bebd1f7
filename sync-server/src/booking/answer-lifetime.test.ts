// Runs in tests (server side). Until when a cached answer may be served: the lifetime, the link's
// expiry, and the moment its earliest slot falls inside the minimum notice.
import { describe, expect, it } from 'vitest';
import { applyLinkOverrides } from '../../../core/slots/index.ts';
import { makeEventType, makeLink } from '../../../core/testing/index.ts';
import { answerLifetimeEnd } from './answer-lifetime.ts';
import type { BookingTarget } from './booking-target.ts';

const NOW = Date.parse('2026-12-01T08:00:00.000Z');

function targetOf(minNoticeMinutes: number, expiresAt: string | null): BookingTarget {
  const eventType = makeEventType({ minNoticeMinutes });
  const link = makeLink({ eventTypeId: eventType.id, expiresAt });
  const host = { id: 'h1', name: 'Host', slug: 'host', timezone: 'UTC', email: '', photoHash: null, createdAt: '2026-01-01T00:00:00.000Z' };
  return { host, eventType, link, rules: applyLinkOverrides(eventType, link.overrides), eventName: eventType.name, location: eventType.location, versions: { eventTypeSeq: 1, linkEditSeq: 1 } };
}

const days = (...starts: string[][]) => starts.map((day) => ({ slots: day.map((start) => ({ start })) }));

describe('answerLifetimeEnd', () => {
  it('is the lifetime when nothing ends sooner', () => {
    expect(answerLifetimeEnd(targetOf(0, null), days([], ['2026-12-02T09:00:00.000Z']), NOW, 2000)).toBe(NOW + 2000);
  });

  it('ends when the link expires', () => {
    expect(answerLifetimeEnd(targetOf(0, new Date(NOW + 500).toISOString()), days(), NOW, 2000)).toBe(NOW + 500);
  });

  it('ends when the earliest slot of any day falls inside the minimum notice', () => {
    // 60 minutes of notice: 09:00 is refused from 08:00:00.001 on.
    const end = answerLifetimeEnd(targetOf(60, null), days([], ['2026-12-01T09:30:00.000Z'], ['2026-12-01T09:00:00.000Z']), NOW - 1000, 2000);
    expect(end).toBe(NOW + 1);
  });
});
