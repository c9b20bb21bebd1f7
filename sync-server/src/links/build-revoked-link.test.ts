// Runs in tests (server side). Revoking stamps the time once; a revoked link is left alone.
import { describe, expect, it } from 'vitest';
import { makeLink, replicated } from '../../../core/testing/index.ts';
import { buildRevokedLink } from './build-revoked-link.ts';

describe('buildRevokedLink', () => {
  const now = new Date('2026-03-05T10:00:00.000Z');

  it('sets revokedAt and updatedAt and keeps the redemption state', () => {
    const link = replicated(makeLink({ maxUses: 3, useCount: 1, bookingIds: ['b1'], lastBookedAt: '2026-03-03T09:00:00.000Z' }));
    expect(buildRevokedLink(link, now)).toEqual({ ...link, revokedAt: now.toISOString(), updatedAt: now.toISOString() });
  });

  it('has nothing to write for a link revoked already', () => {
    expect(buildRevokedLink(replicated(makeLink({ revokedAt: '2026-03-04T00:00:00.000Z' })), now)).toBeNull();
  });
});
