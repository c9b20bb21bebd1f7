// Runs in tests.
import { describe, expect, it } from 'vitest';
import { formatValidationErrors } from './format-validation-errors.ts';

describe('formatValidationErrors', () => {
  it('joins field and message on one line', () => {
    expect(formatValidationErrors([
      { field: 'name', message: 'must be a string' },
      { field: 'availability.weekly.mon.0.end', message: 'must be later than the start (09:00)' },
    ])).toBe('name: must be a string; availability.weekly.mon.0.end: must be later than the start (09:00)');
  });

  it('prints a root error without a field and nothing for no errors', () => {
    expect(formatValidationErrors([{ field: '', message: 'must be an object' }])).toBe('must be an object');
    expect(formatValidationErrors([])).toBe('');
  });

  it('cuts long lists short', () => {
    const errors = Array.from({ length: 13 }, (_, i) => ({ field: `f${i}`, message: 'is required' }));
    const line = formatValidationErrors(errors);
    expect(line).toMatch(/^f0: is required; .*f9: is required; and 3 more$/);
    expect(line).not.toContain('f10');
  });
});
