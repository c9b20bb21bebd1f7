// Runs in tests (node). Slugs, new and duplicated event types: all must pass the core validator.
import { describe, expect, it } from 'vitest';
import { makeEventType } from '../../../core/testing/index.ts';
import { validateEventType } from '../../../core/validation/index.ts';
import { deriveSlug, sanitizeSlugInput, uniqueSlug } from './derive-slug.ts';
import { duplicateEventType } from './duplicate-event-type.ts';
import { newEventType } from './new-event-type.ts';

describe('slugs', () => {
  it('derive a slug from a name', () => {
    expect(deriveSlug('Intro call')).toBe('intro-call');
    expect(deriveSlug('  Café · Größe 30 min!  ')).toBe('cafe-grosse-30-min');
    expect(deriveSlug('---')).toBe('');
    expect(deriveSlug('a'.repeat(99) + ' b')).toBe('a'.repeat(99));
  });

  it('keep only slug characters while typing', () => {
    expect(sanitizeSlugInput('Intro Call_2!')).toBe('intro-call-2');
    expect(sanitizeSlugInput('a-')).toBe('a-');
  });

  it('find a free slug', () => {
    expect(uniqueSlug('intro', [])).toBe('intro');
    expect(uniqueSlug('intro', ['intro', 'intro-2'])).toBe('intro-3');
    expect(uniqueSlug('', [])).toBe('event');
  });
});

describe('new and duplicated event types', () => {
  it('a new event type is valid once it has a name and slug', () => {
    const doc = newEventType({ timezone: 'Europe/Berlin', now: new Date('2026-03-02T08:00:00Z') });
    expect(validateEventType(doc).ok).toBe(false);
    expect(validateEventType({ ...doc, name: 'Intro', slug: 'intro' })).toEqual({ ok: true, value: expect.anything() });
    expect(doc.availability.timezone).toBe('Europe/Berlin');
  });

  it('a duplicate gets a new id, a copy name, a free slug and is active', () => {
    const source = makeEventType({ archived: true });
    const copy = duplicateEventType(source, { takenSlugs: ['intro-call', 'intro-call-copy'], now: new Date('2026-04-01T00:00:00Z') });
    expect(copy.id).not.toBe(source.id);
    expect(copy.name).toBe('Intro call (copy)');
    expect(copy.slug).toBe('intro-call-copy-2');
    expect(copy.archived).toBe(false);
    expect(copy.createdAt).toBe('2026-04-01T00:00:00.000Z');
    expect(copy.availability).toEqual(source.availability);
    expect(copy.availability).not.toBe(source.availability);
    expect(validateEventType(copy).ok).toBe(true);
  });
});
