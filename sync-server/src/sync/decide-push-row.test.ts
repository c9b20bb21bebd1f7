// Runs in tests (server side). The per-row push rules, without a database.
import { describe, expect, it } from 'vitest';
import { makeBooking, makeEventType, makeLink, replicated } from '../../../core/testing/index.ts';
import { decidePushRow } from './decide-push-row.ts';

const NOW = '2026-03-05T10:00:00.000Z';

describe('decidePushRow', () => {
  it('inserts a new event type as sent', () => {
    const et = replicated(makeEventType());
    expect(decidePushRow('event_types', { newDocumentState: et }, null, NOW)).toEqual({ kind: 'insert', doc: et });
  });

  it('inserts a new link with server-owned fields set by the server', () => {
    const link = replicated(makeLink({ useCount: 5, bookingIds: ['forged'], lastBookedAt: NOW }));
    const decision = decidePushRow('links', { newDocumentState: link }, null, NOW);
    expect(decision).toEqual({ kind: 'insert', doc: { ...link, useCount: 0, bookingIds: [], lastBookedAt: null } });
  });

  it('refuses a booking a client creates', () => {
    expect(decidePushRow('bookings', { newDocumentState: replicated(makeBooking()) }, null, NOW)).toMatchObject({ kind: 'refuse', field: 'id' });
  });

  it('is a no-op when the client-owned fields already equal the stored ones (a retry)', () => {
    const stored = replicated(makeLink({ useCount: 1, bookingIds: ['b1'] }));
    const retry = { ...stored, useCount: 0, bookingIds: [] };
    expect(decidePushRow('links', { newDocumentState: retry }, stored, NOW)).toEqual({ kind: 'noop' });
    expect(decidePushRow('links', { assumedMasterState: retry, newDocumentState: retry }, stored, NOW)).toEqual({ kind: 'noop' });
  });

  it('conflicts when the document exists but no assumedMasterState came', () => {
    const stored = replicated(makeEventType());
    const next = { ...stored, name: 'Renamed' };
    expect(decidePushRow('event_types', { newDocumentState: next }, stored, NOW).kind).toBe('conflict');
    expect(decidePushRow('event_types', { assumedMasterState: null, newDocumentState: next }, stored, NOW).kind).toBe('conflict');
  });

  it('conflicts when the assumed client-owned fields are outdated, but not over server-owned ones', () => {
    const stored = replicated(makeLink({ note: 'server', useCount: 1, bookingIds: ['b1'] }));
    const assumedOld = { ...stored, note: 'old', useCount: 0, bookingIds: [] };
    const next = { ...assumedOld, contact: { name: 'Bo', email: 'bo@example.com' } };
    expect(decidePushRow('links', { assumedMasterState: assumedOld, newDocumentState: next }, stored, NOW).kind).toBe('conflict');

    const assumedStaleServerFields = { ...stored, useCount: 0, bookingIds: [] };
    const edit = { ...assumedStaleServerFields, note: 'edited' };
    expect(decidePushRow('links', { assumedMasterState: assumedStaleServerFields, newDocumentState: edit }, stored, NOW))
      .toEqual({ kind: 'update', doc: { ...stored, note: 'edited' }, kept: [] });
  });

  it('merges client-owned fields into the stored document', () => {
    const stored = replicated(makeEventType());
    const next = { ...stored, name: 'Renamed', durationMinutes: 45, updatedAt: NOW };
    expect(decidePushRow('event_types', { assumedMasterState: stored, newDocumentState: next }, stored, NOW)).toEqual({ kind: 'update', doc: next, kept: [] });
  });

  it('lets a host delete an unused link, but keeps a booked one (re-stored, so the client pulls it back)', () => {
    const unused = replicated(makeLink());
    expect(decidePushRow('links', { assumedMasterState: unused, newDocumentState: { ...unused, _deleted: true } }, unused, NOW))
      .toEqual({ kind: 'update', doc: { ...unused, _deleted: true }, kept: [] });
    const booked = replicated(makeLink({ useCount: 1, bookingIds: ['b1'], lastBookedAt: NOW }));
    expect(decidePushRow('links', { assumedMasterState: booked, newDocumentState: { ...booked, _deleted: true, note: 'bye' } }, booked, NOW))
      .toEqual({ kind: 'update', doc: { ...booked, note: 'bye' }, kept: ['_deleted'] });
  });

  it('never lets a link’s token change, but applies the rest of the edit', () => {
    const stored = replicated(makeLink());
    const next = { ...stored, token: 'A'.repeat(22), maxUses: 2 };
    expect(decidePushRow('links', { assumedMasterState: stored, newDocumentState: next }, stored, NOW))
      .toEqual({ kind: 'update', doc: { ...stored, maxUses: 2 }, kept: ['token'] });
  });

  it('lets a host cancel a booking, stamping when and by whom', () => {
    const stored = replicated(makeBooking());
    const next = { ...stored, status: 'canceled' as const, cancelReason: 'Sick', canceledAt: null, canceledBy: null };
    expect(decidePushRow('bookings', { assumedMasterState: stored, newDocumentState: next }, stored, NOW)).toEqual({
      kind: 'update',
      doc: { ...stored, status: 'canceled', cancelReason: 'Sick', canceledAt: NOW, canceledBy: 'host', updatedAt: NOW },
      kept: [],
    });
  });

  it('ignores server-owned booking fields a host sends', () => {
    const stored = replicated(makeBooking());
    const next = { ...stored, start: '2030-01-01T00:00:00.000Z', invitee: { ...stored.invitee, name: 'Forged' }, cancelReason: 'later' };
    expect(decidePushRow('bookings', { assumedMasterState: stored, newDocumentState: next }, stored, NOW))
      .toEqual({ kind: 'update', doc: { ...stored, cancelReason: 'later', updatedAt: NOW }, kept: [] });
  });

  it('keeps the stored status and existence against an un-cancel or a delete', () => {
    const canceled = replicated(makeBooking({ status: 'canceled' }));
    const reconfirm = { ...canceled, status: 'confirmed' as const };
    expect(decidePushRow('bookings', { assumedMasterState: canceled, newDocumentState: reconfirm }, canceled, NOW))
      .toEqual({ kind: 'update', doc: canceled, kept: ['status'] });
    const confirmed = replicated(makeBooking());
    expect(decidePushRow('bookings', { assumedMasterState: confirmed, newDocumentState: { ...confirmed, _deleted: true } }, confirmed, NOW))
      .toEqual({ kind: 'update', doc: confirmed, kept: ['_deleted'] });
  });
});
