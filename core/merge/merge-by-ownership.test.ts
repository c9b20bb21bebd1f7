// Runs in tests. The one merge rule both sides use: client-owned fields from the client's
// version, server-owned fields from the server's (master) version.
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../schemas/index.ts';
import { makeBooking, makeEventType, makeLink, replicated } from '../testing/fixtures.ts';
import { validateDocument } from '../validation/index.ts';
import { SERVER_OWNED_FIELDS } from './field-ownership.ts';
import { clientFieldsEqual, mergeByOwnership } from './merge-by-ownership.ts';

const RXDB_INTERNALS = { _meta: { lwt: 1700000000000 }, _rev: '3-abc', _attachments: {} };

describe('mergeByOwnership', () => {
  it('links: the client\'s edits win, the server\'s redemption state wins', () => {
    const server = replicated(makeLink({
      id: 'l-1', token: 'T'.repeat(22), eventTypeId: 'et-1',
      note: 'old note', maxUses: 1,
      useCount: 1, bookingIds: ['b-1'], lastBookedAt: '2026-03-03T09:00:00.000Z',
    }));
    const client = {
      ...server,
      note: 'new note', maxUses: 2, expiresAt: '2026-04-01T00:00:00.000Z', contact: { name: 'Bo', email: 'bo@example.com' },
      useCount: 0, bookingIds: [], lastBookedAt: null, // stale: the client has not seen the booking yet
    };
    const merged = mergeByOwnership('links', client, server);
    expect(merged).toEqual({
      ...server,
      note: 'new note', maxUses: 2, expiresAt: '2026-04-01T00:00:00.000Z', contact: { name: 'Bo', email: 'bo@example.com' },
      useCount: 1, bookingIds: ['b-1'], lastBookedAt: '2026-03-03T09:00:00.000Z',
    });
    expect(validateDocument('links', merged).ok).toBe(true);
  });

  it('bookings: the host may change only status and cancel reason', () => {
    const server = replicated(makeBooking({ id: 'b-1', eventTypeId: 'et-1' }));
    const client = {
      ...server,
      status: 'canceled' as const, cancelReason: 'Conflict',
      canceledAt: '2026-03-02T10:00:00.000Z', canceledBy: 'host' as const,
      start: '2026-03-04T09:00:00.000Z', end: '2026-03-04T09:30:00.000Z',
      invitee: { ...server.invitee, email: 'mallory@example.com' },
      updatedAt: '2026-03-02T10:00:00.000Z',
    };
    const merged = mergeByOwnership('bookings', client, server);
    expect(merged).toEqual({ ...server, status: 'canceled', cancelReason: 'Conflict' });
  });

  it('bookings: a deletion is the client\'s to propose (the push rules decide)', () => {
    const server = replicated(makeBooking());
    expect(mergeByOwnership('bookings', { ...server, _deleted: true }, server)._deleted).toBe(true);
  });

  it('event types: everything is the client\'s', () => {
    const server = replicated(makeEventType({ id: 'et-1', name: 'Old' }));
    const client = { ...server, name: 'New', durationMinutes: 45, updatedAt: '2026-03-02T09:00:00.000Z' };
    expect(mergeByOwnership('event_types', client, server)).toEqual(client);
  });

  it.each(COLLECTION_NAMES)('%s: drops RxDB internals from both sides', (collection) => {
    const doc = { a: 1, ...RXDB_INTERNALS };
    const merged = mergeByOwnership(collection, doc, { ...doc, _rev: '4-def' });
    expect(Object.keys(merged)).toEqual(['a']);
  });

  it('takes a server-owned field only from the server, even when the client alone has it', () => {
    const merged = mergeByOwnership('links', { id: 'l', useCount: 9 } as Record<string, unknown>, { id: 'l' });
    expect(merged).toEqual({ id: 'l' });
  });

  it('does not change its inputs', () => {
    const server = replicated(makeLink({ useCount: 1 }));
    const client = { ...server, note: 'x', useCount: 0 };
    const before = JSON.stringify([client, server]);
    mergeByOwnership('links', client, server);
    expect(JSON.stringify([client, server])).toBe(before);
  });

  it('every server-owned field of every collection comes from the server', () => {
    for (const collection of COLLECTION_NAMES) {
      const fields = SERVER_OWNED_FIELDS[collection] as readonly string[];
      const client = Object.fromEntries(fields.map((f) => [f, 'client']));
      const server = Object.fromEntries(fields.map((f) => [f, 'server']));
      expect(mergeByOwnership(collection, { ...client, mine: 'client' }, { ...server, mine: 'server' })).toEqual({ ...server, mine: 'client' });
    }
  });
});

describe('mergeByOwnership with a base (three-way)', () => {
  const base = makeLink({ note: 'original note', contact: { name: 'Ada', email: 'ada@example.com' }, useCount: 0 });
  const server = { ...base, contact: { name: 'Alan Turing', email: 'ada@example.com' }, useCount: 1, bookingIds: ['b-1'] };

  it('keeps the server\'s edit of a field this client did not touch, and this client\'s own edit', () => {
    const client = { ...base, note: 'Bring the slides' };
    expect(mergeByOwnership('links', client, server, base)).toEqual({ ...server, note: 'Bring the slides' });
  });

  it('gives a field both changed to the client, whole', () => {
    const client = { ...base, contact: { name: 'Ada', email: 'new@example.com' } };
    expect(mergeByOwnership('links', client, server, base).contact).toEqual({ name: 'Ada', email: 'new@example.com' });
  });

  it('never takes a server-owned field from the client, even one it changed', () => {
    const client = { ...base, useCount: 5, note: 'x' };
    expect(mergeByOwnership('links', client, server, base)).toMatchObject({ useCount: 1, bookingIds: ['b-1'], note: 'x' });
  });

  it('is the two-way merge when the client changed every field it owns', () => {
    const client = { ...base, note: 'n', contact: { name: 'C', email: '' }, maxUses: 2, updatedAt: '2030-01-01T00:00:00.000Z' };
    const withBase = mergeByOwnership('links', client, server, base);
    const withoutBase = mergeByOwnership('links', client, server);
    expect(withBase).toMatchObject({ note: 'n', contact: { name: 'C', email: '' }, maxUses: 2 });
    expect(withBase.note).toBe(withoutBase.note);
  });
});

describe('clientFieldsEqual', () => {
  it('ignores differences in server-owned fields and RxDB internals', () => {
    const link = replicated(makeLink());
    expect(clientFieldsEqual('links', link, { ...link, useCount: 1, bookingIds: ['b-1'], lastBookedAt: '2026-03-03T09:00:00.000Z' })).toBe(true);
    expect(clientFieldsEqual('links', { ...link, ...RXDB_INTERNALS }, link)).toBe(true);
    const booking = replicated(makeBooking());
    expect(clientFieldsEqual('bookings', booking, { ...booking, invitee: { ...booking.invitee, name: 'Other' }, updatedAt: '2027-01-01T00:00:00.000Z' })).toBe(true);
  });

  it('sees a difference in any client-owned field, however deep', () => {
    const link = replicated(makeLink());
    expect(clientFieldsEqual('links', link, { ...link, note: 'changed' })).toBe(false);
    expect(clientFieldsEqual('links', link, { ...link, contact: { ...link.contact, email: 'x@example.com' } })).toBe(false);
    expect(clientFieldsEqual('links', link, { ...link, _deleted: true })).toBe(false);
    const booking = replicated(makeBooking());
    expect(clientFieldsEqual('bookings', booking, { ...booking, status: 'canceled' })).toBe(false);
    expect(clientFieldsEqual('bookings', booking, { ...booking, cancelReason: 'x' })).toBe(false);
    const eventType = replicated(makeEventType());
    const changed = structuredClone(eventType);
    changed.availability.weekly.mon[0]!.end = '16:00';
    expect(clientFieldsEqual('event_types', eventType, changed)).toBe(false);
    expect(clientFieldsEqual('event_types', eventType, { ...eventType, updatedAt: '2027-01-01T00:00:00.000Z' })).toBe(false);
  });

  it('treats a missing field like null, and a field only one side has as a difference', () => {
    expect(clientFieldsEqual('links', { id: 'l', expiresAt: null }, { id: 'l' })).toBe(true);
    expect(clientFieldsEqual('links', { id: 'l', note: 'x' }, { id: 'l' })).toBe(false);
  });
});
