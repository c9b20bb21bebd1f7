// Runs in tests (node). Error maps the forms read their inline messages from.
import { describe, expect, it } from 'vitest';
import { displayMessage, scopeFieldErrors, toFieldErrors } from './field-errors.ts';

describe('field errors', () => {
  it('keeps the first message of each field', () => {
    const map = toFieldErrors([
      { field: 'name', message: 'must not be blank' },
      { field: 'name', message: 'is too long' },
      { field: 'availability.timezone', message: 'must be an IANA time zone' },
    ]);
    expect(map).toEqual({ name: 'must not be blank', 'availability.timezone': 'must be an IANA time zone' });
  });

  it('scopes errors to a nested part and drops the others', () => {
    const map = toFieldErrors([
      { field: 'availability.weekly.mon.0.end', message: 'a' },
      { field: 'availabilityX', message: 'b' },
      { field: 'overrides.availability.timezone', message: 'c' },
      { field: 'availability', message: 'd' },
    ]);
    expect(scopeFieldErrors(map, 'availability')).toEqual({ 'weekly.mon.0.end': 'a', '': 'd' });
    expect(scopeFieldErrors(map, 'overrides.availability')).toEqual({ timezone: 'c' });
  });

  it('starts a displayed message with a capital letter', () => {
    expect(displayMessage('must not be blank')).toBe('Must not be blank');
    expect(displayMessage(undefined)).toBeUndefined();
  });
});
