// Runs in tests (server side). The list query and its opaque cursor: defaults, bounds, and a
// named parameter for each mistake; a cursor decodes back to the checkpoint it was made from.
import { describe, expect, it } from 'vitest';
import { decodeLinkCursor, encodeLinkCursor } from './link-cursor.ts';
import { parseListLinksQuery } from './parse-list-links-query.ts';

const fieldsOf = (query: unknown) => {
  const parsed = parseListLinksQuery(query);
  return parsed.ok ? [] : parsed.fields.map((f) => f.field);
};

describe('parseListLinksQuery', () => {
  it('defaults to every link, 50 a page, from the start', () => {
    expect(parseListLinksQuery({})).toEqual({ ok: true, query: { status: null, limit: 50, after: null } });
    expect(parseListLinksQuery(undefined)).toEqual({ ok: true, query: { status: null, limit: 50, after: null } });
  });

  it('reads status, limit and cursor', () => {
    const cursor = encodeLinkCursor({ seq: 41, id: 'abc' });
    expect(parseListLinksQuery({ status: 'revoked', limit: '100', cursor })).toEqual({ ok: true, query: { status: 'revoked', limit: 100, after: { seq: 41, id: 'abc' } } });
    for (const status of ['unused', 'used', 'expired']) expect(parseListLinksQuery({ status })).toMatchObject({ ok: true, query: { status } });
  });

  it('names each bad parameter', () => {
    expect(fieldsOf({ status: 'booked' })).toEqual(['status']);
    expect(fieldsOf({ status: ['used', 'unused'] })).toEqual(['status']);
    for (const limit of ['0', '101', '-1', '1.5', 'ten', '']) expect(fieldsOf({ limit })).toEqual(['limit']);
    for (const cursor of ['', 'not a cursor', '!!!', 'e30', encodeLinkCursor({ seq: -1, id: 'x' }), Buffer.from('{"s":1}').toString('base64url'), 'A'.repeat(500)]) {
      expect(fieldsOf({ cursor })).toEqual(['cursor']);
    }
    expect(fieldsOf({ page: '2', status: 'x' })).toEqual(['page', 'status']);
  });
});

describe('link cursor', () => {
  it('round-trips a checkpoint and is URL-safe', () => {
    const cursor = encodeLinkCursor({ seq: 9_007_199_254, id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeLinkCursor(cursor)).toEqual({ seq: 9_007_199_254, id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' });
    expect(decodeLinkCursor(encodeLinkCursor({ seq: 0, id: '' }))).toEqual({ seq: 0, id: '' });
  });
});
