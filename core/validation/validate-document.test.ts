// Runs in tests. Dispatch by collection name, as the server's push endpoint uses it.
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../schemas/index.ts';
import { makeBooking, makeEventType, makeLink, replicated } from '../testing/fixtures.ts';
import { errorFields } from '../testing/validation-helpers.ts';
import { validateDocument } from './validate-document.ts';

describe('validateDocument', () => {
  it('validates each collection with its own rules', () => {
    expect(validateDocument('event_types', replicated(makeEventType())).ok).toBe(true);
    expect(validateDocument('links', replicated(makeLink())).ok).toBe(true);
    expect(validateDocument('bookings', replicated(makeBooking(), true)).ok).toBe(true);
  });

  it('rejects a document pushed to the wrong collection, naming the fields', () => {
    const result = validateDocument('links', makeEventType());
    expect(result.ok).toBe(false);
    expect(errorFields(result)).toEqual(expect.arrayContaining(['token', 'slug', 'availability']));
  });

  it('throws on a collection name that is not one', () => {
    expect(() => validateDocument('users' as CollectionName, {})).toThrow(/unknown collection: users/);
    expect(() => validateDocument('toString' as CollectionName, {})).toThrow(/unknown collection/);
  });
});
