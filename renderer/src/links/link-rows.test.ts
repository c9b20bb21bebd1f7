// Runs in tests (node). Building, ordering and filtering the rows of the links list.
import { describe, expect, it } from 'vitest';
import { FIXTURE_NOW, makeBooking, makeEventType, makeLink } from '../../../core/testing/index.ts';
import { buildLinkRows, filterLinkRows, NO_FILTER } from './link-rows.ts';

const NOW = new Date(FIXTURE_NOW);

describe('link rows', () => {
  const intro = makeEventType({ name: 'Intro call' });
  const demo = makeEventType({ name: 'Demo', slug: 'demo' });
  const ada = makeLink({ eventTypeId: intro.id, contact: { name: 'Ada Lovelace', email: 'ada@example.com' }, createdAt: '2026-03-01T10:00:00.000Z', useCount: 1 });
  const grace = makeLink({ eventTypeId: demo.id, contact: { name: 'Grace', email: 'grace@navy.example' }, note: 'Conference follow-up', createdAt: '2026-03-02T07:00:00.000Z' });
  const revoked = makeLink({ eventTypeId: intro.id, revokedAt: FIXTURE_NOW, createdAt: '2026-02-01T10:00:00.000Z' });
  const rows = buildLinkRows([ada, grace, revoked], [intro, demo], [makeBooking({ linkId: ada.id })], new Set([grace.id]), NOW);

  it('pairs each link with its status and event type, newest first', () => {
    expect(rows.map((r) => r.link.id)).toEqual([grace.id, ada.id, revoked.id]);
    expect(rows.map((r) => r.status.state)).toEqual(['unused', 'booked', 'revoked']);
    expect(rows[0]!.eventType).toBe(demo);
    expect(rows[0]!.status.unsynced).toBe(true);
    expect(rows[1]!.status.booking?.inviteeName).toBe('Ada Lovelace');
  });

  it('filters by status, unsynced, event type and search text', () => {
    const ids = (filter: Partial<typeof NO_FILTER>) => filterLinkRows(rows, { ...NO_FILTER, ...filter }).map((r) => r.link.id);
    expect(ids({})).toHaveLength(3);
    expect(ids({ status: 'booked' })).toEqual([ada.id]);
    expect(ids({ status: 'unsynced' })).toEqual([grace.id]);
    expect(ids({ eventTypeId: intro.id })).toEqual([ada.id, revoked.id]);
    expect(ids({ query: 'LOVELACE' })).toEqual([ada.id]);
    expect(ids({ query: 'navy' })).toEqual([grace.id]);
    expect(ids({ query: 'conference' })).toEqual([grace.id]);
    expect(ids({ query: 'conference', eventTypeId: intro.id })).toEqual([]);
  });

  it('search also matches the event type’s name, the link’s own name for it and its token or URL', () => {
    const renamed = makeLink({ eventTypeId: demo.id, overrides: { name: 'Roadmap walkthrough' }, createdAt: '2026-01-01T10:00:00.000Z' });
    const all = buildLinkRows([ada, grace, revoked, renamed], [intro, demo], [], new Set(), NOW);
    const ids = (query: string) => filterLinkRows(all, { ...NO_FILTER, query }).map((r) => r.link.id);
    expect(ids('intro')).toEqual([ada.id, revoked.id]);
    expect(ids('DEMO')).toEqual([grace.id, renamed.id]);
    expect(ids('roadmap')).toEqual([renamed.id]);
    expect(ids(grace.token)).toEqual([grace.id]);
    expect(ids(`https://book.example.com/l/${grace.token}`)).toEqual([grace.id]);
  });
});
