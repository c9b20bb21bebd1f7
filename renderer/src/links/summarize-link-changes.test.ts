// Runs in tests (node). The links list's line of what a link changes from its event type.
import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, makeAvailability, makeEventType, makeLink } from '../../../core/testing/index.ts';
import { summarizeLinkChanges } from './summarize-link-changes.ts';

const NOW = new Date(FIXTURE_NOW);
const TZ = 'Europe/Berlin';
const intro = makeEventType();
const texts = (link: ReturnType<typeof makeLink>) => summarizeLinkChanges(link, intro, TZ, NOW).map((item) => `${item.changed ? '*' : ''}${item.text}`);

describe('summarizeLinkChanges', () => {
  it('a link without overrides shows only the event type’s duration, unchanged', () => {
    expect(summarizeLinkChanges(makeLink(), intro, TZ, NOW)).toEqual([{ aspect: 'duration', text: '30 min', detail: '30 min', changed: false }]);
  });

  it('overrides equal to the event type are no change', () => {
    const same = makeLink({ overrides: { durationMinutes: 30, location: { ...intro.location }, availability: makeAvailability(), name: intro.name } });
    expect(texts(same)).toEqual(['30 min']);
  });

  it('names each changed aspect, with the full sentence as detail', () => {
    const link = makeLink({
      maxUses: 3,
      expiresAt: '2026-03-20T23:00:00.000Z', // midnight in Berlin: the 20th is the last day
      overrides: {
        name: 'Intro for Ada',
        durationMinutes: 45,
        location: { kind: 'phone', details: '+49 30 1234567' },
        availability: makeAvailability({ weekly: { mon: [{ start: '09:00', end: '12:00' }], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } }),
      },
    });
    const items = summarizeLinkChanges(link, intro, TZ, NOW);
    expect(items.map((item) => `${item.changed ? '*' : ''}${item.text}`)).toEqual([
      '*From Intro call',
      '*45 min',
      '*Phone call',
      '*Own hours',
      '*3 uses',
      '*Until Fri, Mar 20, 2026',
    ]);
    expect(items.map((item) => item.detail)).toEqual([
      'Named “Intro for Ada” instead of “Intro call”',
      '45 min instead of 30 min',
      'Phone call · +49 30 1234567 instead of Video call · https://meet.example.com/intro',
      'Own hours: Mon 09:00–12:00 (Europe/Berlin)',
      'Can be booked 3 times',
      'Bookable until Fri, Mar 20, 2026',
    ]);
  });

  it('another meeting URL of the same kind reads as "Other meeting link"', () => {
    expect(texts(makeLink({ overrides: { location: { kind: 'video', details: 'https://meet.example.com/ada' } } }))).toEqual(['30 min', '*Other meeting link']);
  });

  it('hours with date overrides say how many, and an expiry at another time names the time', () => {
    const availability = makeAvailability({ overrides: [{ date: '2026-03-05', intervals: [] }, { date: '2026-03-06', intervals: [] }] });
    const items = summarizeLinkChanges(makeLink({ expiresAt: '2026-03-20T15:30:00.000Z', overrides: { availability } }), intro, TZ, NOW);
    expect(items.find((item) => item.aspect === 'hours')?.detail).toBe(
      'Own hours: Mon 09:00–17:00; Tue 09:00–17:00; Wed 09:00–17:00; Thu 09:00–17:00; Fri 09:00–17:00 (Europe/Berlin), 2 date overrides',
    );
    expect(items.find((item) => item.aspect === 'expiry')?.text).toBe('Until Fri, Mar 20, 16:30');
  });
});
