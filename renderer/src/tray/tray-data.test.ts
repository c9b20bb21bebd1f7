// test (renderer, pure): the tray gets active event types by name and the five newest links.
import { describe, expect, it } from 'vitest';
import { makeEventType, makeLink } from '../../../core/testing/fixtures.ts';
import { buildTrayData } from './tray-data.ts';

describe('buildTrayData', () => {
  it('lists active event types by name and the newest links with a label and URL', () => {
    const intro = makeEventType({ name: 'Intro call' });
    const demo = makeEventType({ name: 'Demo', slug: 'demo' });
    const old = makeEventType({ name: 'Old', slug: 'old', archived: true });
    const links = Array.from({ length: 7 }, (_, i) =>
      makeLink({ eventTypeId: intro.id, token: `tok${i}`, createdAt: `2026-03-0${i + 1}T08:00:00.000Z`, contact: { name: i === 6 ? 'Ada' : '', email: '' } }),
    );
    links.push(makeLink({ eventTypeId: demo.id, token: 'demo-link', createdAt: '2026-02-01T08:00:00.000Z', overrides: { name: 'Special demo' } }));
    const data = buildTrayData([intro, old, demo], links, 'online', (link) => `https://x.test/l/${link.token}`);
    expect(data.eventTypes).toEqual([{ id: demo.id, name: 'Demo' }, { id: intro.id, name: 'Intro call' }]);
    expect(data.recentLinks.map((l) => l.url)).toEqual(['tok6', 'tok5', 'tok4', 'tok3', 'tok2'].map((t) => `https://x.test/l/${t}`));
    expect(data.recentLinks[0]?.label).toBe('Intro call · Ada');
    expect(data.recentLinks[1]?.label).toBe('Intro call');
    expect(data.syncState).toBe('online');
  });
});
