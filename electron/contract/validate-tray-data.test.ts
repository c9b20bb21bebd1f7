// test: the tray snapshot from the renderer is checked before it reaches the menu.
import { describe, expect, it } from 'vitest';
import { validateTrayData } from './validate-tray-data.ts';

const good = {
  eventTypes: [{ id: 'et-1', name: 'Intro' }],
  recentLinks: [{ id: 'l-1', label: 'For Ann', url: 'https://sync.test/l/abc' }],
  syncState: 'online',
};

describe('validateTrayData', () => {
  it('accepts a well-formed snapshot and drops extra fields', () => {
    expect(validateTrayData({ ...good, extra: 1, eventTypes: [{ id: 'et-1', name: 'Intro', slug: 'intro' }] })).toEqual(good);
  });

  it.each([
    [null, 'trayData'],
    [{ ...good, eventTypes: 'x' }, 'eventTypes must be an array'],
    [{ ...good, eventTypes: [{ id: '', name: 'x' }] }, 'eventTypes[0].id'],
    [{ ...good, eventTypes: [{ id: 'a', name: 'x'.repeat(201) }] }, 'eventTypes[0].name'],
    [{ ...good, eventTypes: Array.from({ length: 51 }, (_, i) => ({ id: `${i}`, name: 'n' })) }, 'at most 50'],
    [{ ...good, recentLinks: [{ id: 'l', label: 'x', url: 'javascript:alert(1)' }] }, 'recentLinks[0].url'],
    [{ ...good, recentLinks: [{ id: 'l', label: 'x', url: 'mailto:a@b.c' }] }, 'recentLinks[0].url'],
    [{ ...good, recentLinks: [42] }, 'recentLinks[0] must be an object'],
    [{ ...good, syncState: '' }, 'syncState'],
  ])('refuses %j with a message naming %s', (input, message) => {
    expect(() => validateTrayData(input)).toThrow(message);
  });
});
