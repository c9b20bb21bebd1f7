// Runs in tests (node). Ordering the links list by created, contact, status and event type.
import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, makeEventType, makeLink } from '../../../core/testing/index.ts';
import { buildLinkRows } from './link-rows.ts';
import { DEFAULT_LINK_SORT, nextSort, sortLinkRows, type LinkSort } from './sort-link-rows.ts';

const NOW = new Date(FIXTURE_NOW);
const intro = makeEventType({ name: 'Intro call' });
const demo = makeEventType({ name: 'demo', slug: 'demo' });
const at = (day: number) => `2026-02-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const zoe = makeLink({ eventTypeId: intro.id, contact: { name: 'Zoë', email: '' }, createdAt: at(1) });
const ada = makeLink({ eventTypeId: demo.id, contact: { name: '', email: 'ada@example.com' }, createdAt: at(2), useCount: 1 });
const none = makeLink({ eventTypeId: intro.id, createdAt: at(3), revokedAt: FIXTURE_NOW });
const bob = makeLink({ eventTypeId: demo.id, contact: { name: 'bob', email: 'bob@example.com' }, overrides: { name: 'Architecture review' }, createdAt: at(4) });
const item10 = makeLink({ eventTypeId: intro.id, contact: { name: 'Item 10', email: '' }, createdAt: at(5), expiresAt: '2026-03-01T00:00:00.000Z' });
const item9 = makeLink({ eventTypeId: intro.id, contact: { name: 'Item 9', email: '' }, createdAt: at(6) });
const rows = buildLinkRows([zoe, ada, none, bob, item10, item9], [intro, demo], [], new Set(), NOW);
const names = (sort: LinkSort) => sortLinkRows(rows, sort).map((r) => r.link.contact.name || r.link.contact.email || '-');

describe('sortLinkRows', () => {
  it('created: newest first by default, oldest first turned around', () => {
    expect(names(DEFAULT_LINK_SORT)).toEqual(['Item 9', 'Item 10', 'bob', '-', 'ada@example.com', 'Zoë']);
    expect(names({ key: 'created', direction: 'asc' })).toEqual(['Zoë', 'ada@example.com', '-', 'bob', 'Item 10', 'Item 9']);
  });

  it('contact: name or else email, case- and accent-blind, numbers in order, no contact last either way', () => {
    expect(names({ key: 'contact', direction: 'asc' })).toEqual(['ada@example.com', 'bob', 'Item 9', 'Item 10', 'Zoë', '-']);
    expect(names({ key: 'contact', direction: 'desc' })).toEqual(['Zoë', 'Item 10', 'Item 9', 'bob', 'ada@example.com', '-']);
  });

  it('status: unused, booked, expired, revoked; newest first within each', () => {
    expect(names({ key: 'status', direction: 'asc' })).toEqual(['Item 9', 'bob', 'Zoë', 'ada@example.com', 'Item 10', '-']);
    expect(names({ key: 'status', direction: 'desc' })).toEqual(['-', 'Item 10', 'ada@example.com', 'Item 9', 'bob', 'Zoë']);
  });

  it('event type: the name the link shows (its own, else the event type’s)', () => {
    expect(names({ key: 'eventType', direction: 'asc' })).toEqual(['bob', 'ada@example.com', 'Item 9', 'Item 10', '-', 'Zoë']);
  });

  it('picking a column sorts it its first way; picking it again turns it around', () => {
    expect(nextSort(DEFAULT_LINK_SORT, 'created')).toEqual({ key: 'created', direction: 'asc' });
    expect(nextSort(DEFAULT_LINK_SORT, 'contact')).toEqual({ key: 'contact', direction: 'asc' });
    expect(nextSort({ key: 'contact', direction: 'asc' }, 'contact')).toEqual({ key: 'contact', direction: 'desc' });
  });

  it('sorts 10,000 links by contact quickly', () => {
    const many = buildLinkRows(
      Array.from({ length: 10_000 }, (_, i) => makeLink({ eventTypeId: intro.id, contact: { name: `Contact ${(i * 7919) % 10_000}`, email: '' } })),
      [intro],
      [],
      new Set(),
      NOW,
    );
    const started = performance.now();
    const sorted = sortLinkRows(many, { key: 'contact', direction: 'asc' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(sorted[0]!.link.contact.name).toBe('Contact 0');
    expect(sorted[9_999]!.link.contact.name).toBe('Contact 9999');
  });
});
