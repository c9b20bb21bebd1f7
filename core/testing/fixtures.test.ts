// Runs in tests. The fixtures promise valid documents with readable defaults; others rely on it.
import { describe, expect, it } from 'vitest';
import { validateBooking, validateEventType, validateLink } from '../validation/index.ts';
import { FIXTURE_NOW, makeBooking, makeEventType, makeLink, replicated } from './fixtures.ts';

describe('fixtures', () => {
  it('make a 30-minute Mon–Fri 09:00–17:00 Europe/Berlin event type', () => {
    const et = makeEventType();
    expect(et).toMatchObject({ durationMinutes: 30, slug: 'intro-call', availability: { timezone: 'Europe/Berlin', overrides: [] } });
    expect(et.availability.weekly.mon).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(et.availability.weekly.sat).toEqual([]);
    expect(validateEventType(et).ok).toBe(true);
  });

  it('give fresh ids and tokens on each call, and fixed times', () => {
    const [a, b] = [makeLink(), makeLink()];
    expect(a.id).not.toBe(b.id);
    expect(a.token).not.toBe(b.token);
    expect(a.createdAt).toBe(FIXTURE_NOW);
    expect(validateLink(a).ok).toBe(true);
  });

  it('do not share nested objects between documents', () => {
    const a = makeEventType();
    a.availability.weekly.mon.push({ start: '18:00', end: '19:00' });
    expect(makeEventType().availability.weekly.mon).toHaveLength(1);
    expect(a.availability.weekly.tue).toHaveLength(1);
  });

  it('keep a booking consistent with the overrides given', () => {
    expect(makeBooking({ start: '2026-05-05T12:00:00.000Z' }).end).toBe('2026-05-05T12:30:00.000Z');
    const canceled = makeBooking({ status: 'canceled', updatedAt: '2026-03-02T12:00:00.000Z' });
    expect(canceled).toMatchObject({ canceledAt: '2026-03-02T12:00:00.000Z', canceledBy: 'host' });
    expect(validateBooking(canceled).ok).toBe(true);
    expect(makeBooking({ status: 'canceled', canceledBy: 'invitee' }).canceledBy).toBe('invitee');
  });

  it('mark documents for replication', () => {
    expect(replicated(makeLink())._deleted).toBe(false);
    expect(replicated(makeLink(), true)._deleted).toBe(true);
  });
});
