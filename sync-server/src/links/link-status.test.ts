// Runs in tests (server side). The list's statuses: one per non-deleted link, in core's order.
import { describe, expect, it } from 'vitest';
import type { LinkLiveness } from '../../../core/links/index.ts';
import { linkStatusAt } from './link-status.ts';

const now = Date.parse('2026-03-02T08:00:00.000Z');
const fresh: LinkLiveness = { _deleted: false, revokedAt: null, expiresAt: null, useCount: 0, maxUses: 1 };
const past = '2026-03-01T00:00:00.000Z';

describe('linkStatusAt', () => {
  it('calls a live, never booked link unused, and one with a future expiry too', () => {
    expect(linkStatusAt(fresh, now)).toBe('unused');
    expect(linkStatusAt({ ...fresh, expiresAt: '2026-03-02T08:00:00.001Z' }, now)).toBe('unused');
  });

  it('calls a booked link used, used up or partly used', () => {
    expect(linkStatusAt({ ...fresh, useCount: 1 }, now)).toBe('used');
    expect(linkStatusAt({ ...fresh, maxUses: 3, useCount: 1 }, now)).toBe('used');
  });

  it('puts revoked before expired before used, as the booking page does', () => {
    expect(linkStatusAt({ ...fresh, revokedAt: past, expiresAt: past, useCount: 1 }, now)).toBe('revoked');
    expect(linkStatusAt({ ...fresh, expiresAt: past, useCount: 1 }, now)).toBe('expired');
    expect(linkStatusAt({ ...fresh, expiresAt: '2026-03-02T08:00:00.000Z' }, now)).toBe('expired');
  });

  it('gives deleted links no status', () => {
    expect(linkStatusAt({ ...fresh, _deleted: true }, now)).toBeNull();
    expect(linkStatusAt({ ...fresh, _deleted: true, revokedAt: past }, now)).toBeNull();
  });
});
