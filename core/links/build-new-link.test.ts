// Runs in tests. The shared link builder: a valid, unused document with a fresh id and token,
// that does not share objects with what it was built from.
import { describe, expect, it } from 'vitest';
import { validateLink } from '../validation/index.ts';
import { buildNewLink, type LinkFields } from './build-new-link.ts';

const fields = (): LinkFields => ({
  eventTypeId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', maxUses: 2, expiresAt: null,
  overrides: { durationMinutes: 45 }, contact: { name: 'Ada', email: 'ada@example.com' }, note: 'hi',
});

describe('buildNewLink', () => {
  it('builds a valid unused link stamped with the time', () => {
    const now = new Date('2026-03-02T08:00:00.000Z');
    const link = buildNewLink(fields(), now);
    expect(link).toEqual({
      ...fields(), id: expect.any(String), token: expect.stringMatching(/^[A-Za-z0-9_-]{22,}$/), revokedAt: null,
      createdAt: now.toISOString(), updatedAt: now.toISOString(), useCount: 0, bookingIds: [], lastBookedAt: null,
    });
    expect(validateLink(link).ok).toBe(true);
  });

  it('gives every link its own id and token, and copies the caller\'s objects', () => {
    const input = fields();
    const [a, b] = [buildNewLink(input), buildNewLink(input)];
    expect(a.id).not.toBe(b.id);
    expect(a.token).not.toBe(b.token);
    input.contact.name = 'changed';
    input.overrides.durationMinutes = 90;
    expect(a.contact.name).toBe('Ada');
    expect(a.overrides.durationMinutes).toBe(45);
  });
});
