// Runs in tests. The JSON-schema interpreter on its own, with small hand-made schemas.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSchema } from './check-schema.ts';
import { ErrorList } from './error-list.ts';
import type { FieldError } from './field-error.ts';
import type { SchemaNode } from './schema-node.ts';

function check(schema: SchemaNode, value: unknown): FieldError[] {
  const errors = new ErrorList();
  checkSchema(schema, value, '', errors);
  return errors.errors;
}

const person: SchemaNode = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 5 },
    age: { type: 'integer', minimum: 0, maximum: 150 },
    score: { type: 'number' },
    nick: { type: ['string', 'null'], maxLength: 3 },
    role: { type: ['string', 'null'], enum: ['admin', 'user', null] },
    tags: { type: 'array', items: { type: 'string', pattern: '^[a-z]+$' }, maxItems: 2 },
    address: {
      type: 'object',
      properties: { city: { type: 'string' } },
      required: ['city'],
      additionalProperties: false,
    },
    anything: {},
  },
  required: ['name'],
  additionalProperties: false,
};

describe('checkSchema', () => {
  it('accepts a matching value', () => {
    const value = { name: 'Ada', age: 36, score: 1.5, nick: null, role: null, tags: ['a', 'b'], address: { city: 'X' }, anything: [1, { a: 2 }] };
    expect(check(person, value)).toEqual([]);
  });

  it.each<[string, unknown, string, RegExp]>([
    ['a wrong type', { name: 5 }, 'name', /^must be a string$/],
    ['a non-integer', { name: 'A', age: 1.5 }, 'age', /whole number/],
    ['NaN as a number', { name: 'A', score: Number.NaN }, 'score', /must be a number/],
    ['a type array', { name: 'A', nick: 5 }, 'nick', /^must be a string or null$/],
    ['a missing required field', {}, 'name', /^is required$/],
    ['an undefined required field', { name: undefined }, 'name', /^is required$/],
    ['an unknown field', { name: 'A', extra: 1 }, 'extra', /not a known field/],
    ['a nested unknown field', { name: 'A', address: { city: 'X', zip: '1' } }, 'address.zip', /not a known field/],
    ['a nested missing field', { name: 'A', address: {} }, 'address.city', /is required/],
    ['an empty string under minLength 1', { name: '' }, 'name', /must not be empty/],
    ['a too long string', { name: 'abcdef' }, 'name', /at most 5 characters/],
    ['a too long nullable string', { name: 'A', nick: 'abcd' }, 'nick', /at most 3 characters/],
    ['a number below the minimum', { name: 'A', age: -1 }, 'age', /at least 0/],
    ['a number above the maximum', { name: 'A', age: 151 }, 'age', /at most 150/],
    ['a value outside the enum', { name: 'A', role: 'root' }, 'role', /one of "admin", "user" or null/],
    ['a bad pattern in an array item', { name: 'A', tags: ['ok', 'NO'] }, 'tags.1', /invalid format/],
    ['a wrong item type', { name: 'A', tags: [1] }, 'tags.0', /must be a string/],
    ['too many items', { name: 'A', tags: ['a', 'b', 'c'] }, 'tags', /at most 2 items/],
    ['an object where a list belongs', { name: 'A', tags: {} }, 'tags', /must be a list/],
    ['an array where an object belongs', { name: 'A', address: [] }, 'address', /must be an object/],
  ])('reports %s', (_label, value, field, message) => {
    const errors = check(person, value);
    expect(errors.map((e) => e.field)).toContain(field);
    expect(errors.find((e) => e.field === field)?.message).toMatch(message);
  });

  it('reports a wrong root type at the empty path', () => {
    expect(check(person, null)).toEqual([{ field: '', message: 'must be an object' }]);
    expect(check(person, [])).toEqual([{ field: '', message: 'must be an object' }]);
  });

  it('counts string length in code points, as JSON Schema does', () => {
    expect(check(person, { name: '😀😀😀😀😀' })).toEqual([]);
    expect(check(person, { name: '😀😀😀😀😀😀' })[0]?.field).toBe('name');
  });

  it('decides min and max length exactly as counting code points would, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 12 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 14 }), (value, minLength, maxLength) => {
      const count = [...value].length;
      // Binary strings hold control characters and lone surrogates too: only length errors count here.
      const lengthErrors = check({ type: 'string', minLength, maxLength }, value).filter((e) => /at least|at most|must not be empty/.test(e.message));
      expect(lengthErrors.length > 0).toBe(count < minLength || count > maxLength);
    }), { numRuns: 5000, seed: 11 });
  });

  it('treats prototype keys from untrusted JSON as unknown fields, not as schema lookups', () => {
    const value = JSON.parse('{"name":"A","__proto__":{"x":1},"constructor":1,"toString":2}') as unknown;
    expect(check(person, value).map((e) => e.field).sort()).toEqual(['__proto__', 'constructor', 'toString']);
  });

  it('reports every problem at once, one per field', () => {
    const errors = check(person, { name: 7, age: 'x', extra: true });
    expect(errors.map((e) => e.field).sort()).toEqual(['age', 'extra', 'name']);
  });

  it('does not walk the items of a list that is already too long', () => {
    const errors = check(person, { name: 'A', tags: [1, 2, 3] });
    expect(errors.map((e) => e.field)).toEqual(['tags']);
  });
});
