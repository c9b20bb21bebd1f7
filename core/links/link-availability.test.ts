// Runs in tests. The link rule: each condition alone, and the order reasons are named in.
import { describe, expect, it } from 'vitest';
import { linkAvailabilityAt, type LinkLiveness } from './link-availability.ts';

const now = Date.parse('2026-03-02T08:00:00.000Z');
const live: LinkLiveness = { _deleted: false, revokedAt: null, expiresAt: null, useCount: 0, maxUses: 1 };

describe('linkAvailabilityAt', () => {
  it('is live with no reason against it', () => {
    expect(linkAvailabilityAt(live, now)).toBe('live');
    expect(linkAvailabilityAt({ ...live, maxUses: 3, useCount: 2 }, now)).toBe('live');
    expect(linkAvailabilityAt({ ...live, expiresAt: '2026-03-02T08:00:00.001Z' }, now)).toBe('live');
  });

  it('names each reason', () => {
    expect(linkAvailabilityAt({ ...live, _deleted: true }, now)).toBe('deleted');
    expect(linkAvailabilityAt({ ...live, revokedAt: '2026-03-01T00:00:00.000Z' }, now)).toBe('revoked');
    expect(linkAvailabilityAt({ ...live, useCount: 1 }, now)).toBe('used');
  });

  it('expires at the expiry instant itself', () => {
    expect(linkAvailabilityAt({ ...live, expiresAt: '2026-03-02T08:00:00.000Z' }, now)).toBe('expired');
  });

  it('names the first reason when several hold', () => {
    const dead = { _deleted: true, revokedAt: '2026-03-01T00:00:00.000Z', expiresAt: '2026-03-01T00:00:00.000Z', useCount: 1, maxUses: 1 };
    expect(linkAvailabilityAt(dead, now)).toBe('deleted');
    expect(linkAvailabilityAt({ ...dead, _deleted: false }, now)).toBe('revoked');
    expect(linkAvailabilityAt({ ...dead, _deleted: false, revokedAt: null }, now)).toBe('expired');
  });
});
