// test: the conflict handler RxDB calls when the server answers a push with its own version.
import { describe, expect, it } from 'vitest';
import { makeBooking, makeLink, replicated } from '../../../core/testing/fixtures.ts';
import { createConflictHandler } from './create-conflict-handler.ts';

const RXDB_INTERNALS = { _meta: { lwt: 1 }, _rev: '2-abc', _attachments: {} };

describe('createConflictHandler', () => {
  it('keeps the client\'s fields and the server\'s redemption state of a link', async () => {
    const handler = createConflictHandler('links');
    const server = replicated(makeLink({ note: 'server note', useCount: 1, bookingIds: ['b-1'], lastBookedAt: '2026-03-03T09:00:00.000Z' }));
    const client = { ...server, note: 'client note', useCount: 0, bookingIds: [], lastBookedAt: null };
    const resolved = await handler.resolve({ newDocumentState: client, realMasterState: server, assumedMasterState: { ...server, useCount: 0 } }, 'test');
    expect(resolved).toEqual({ ...server, note: 'client note' });
  });

  it('keeps both devices\' edits when they changed different fields offline', async () => {
    const handler = createConflictHandler('links');
    const original = replicated(makeLink({ note: '', contact: { name: 'Link One', email: 'one@example.com' } }));
    const pushedByOtherDevice = { ...original, contact: { name: 'Alan Turing', email: 'one@example.com' } };
    const thisDevice = { ...original, note: 'Bring the slides' };
    const resolved = await handler.resolve({ newDocumentState: thisDevice, realMasterState: pushedByOtherDevice, assumedMasterState: original }, 'test');
    expect(resolved).toEqual({ ...original, contact: { name: 'Alan Turing', email: 'one@example.com' }, note: 'Bring the slides' });
  });

  it('lets a host change only the status and cancel reason of a booking', async () => {
    const handler = createConflictHandler('bookings');
    const server = replicated(makeBooking());
    const client = { ...server, status: 'canceled' as const, cancelReason: 'ill', eventName: 'renamed' };
    const resolved = await handler.resolve({ newDocumentState: client, realMasterState: server }, 'test');
    expect(resolved).toEqual({ ...server, status: 'canceled', cancelReason: 'ill' });
  });

  it('compares deeply and ignores RxDB bookkeeping fields', () => {
    const handler = createConflictHandler('links');
    const link = replicated(makeLink());
    expect(handler.isEqual({ ...link, ...RXDB_INTERNALS } as typeof link, structuredClone(link), 'test')).toBe(true);
    expect(handler.isEqual(link, { ...link, contact: { name: 'Bo', email: '' } }, 'test')).toBe(false);
    // server-owned fields count too: otherwise a pulled booking of a link would never be stored
    expect(handler.isEqual(link, { ...link, useCount: 1 }, 'test')).toBe(false);
    expect(handler.isEqual(link, { ...link, _deleted: true }, 'test')).toBe(false);
  });
});
