// Runs in tests. The calendar's first weekday follows the browser's first language tag.
import { describe, expect, it } from 'vitest';
import { weekStartOf } from './week-start.ts';

describe('weekStartOf', () => {
  it('takes the first tag of Accept-Language', () => {
    expect(weekStartOf('en-US,en;q=0.9', 'en-US')).toBe(7);
    expect(weekStartOf('en-GB,en;q=0.9', 'en-US')).toBe(1);
    expect(weekStartOf('de-DE', 'en-US')).toBe(1);
    expect(weekStartOf('ar-EG;q=0.8', 'en-US')).toBe(6);
  });

  it('falls back to the page locale for a missing, wildcard, overlong or invalid tag', () => {
    expect(weekStartOf(undefined, 'en-US')).toBe(7);
    expect(weekStartOf('*', 'en-US')).toBe(7);
    expect(weekStartOf('x'.repeat(100), 'en-US')).toBe(7);
    expect(weekStartOf('not a tag!', 'de-DE')).toBe(1);
    expect(weekStartOf('not a tag!', 'also bad')).toBe(1);
  });
});
