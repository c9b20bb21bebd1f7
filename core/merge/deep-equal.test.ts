// Runs in tests. deepEqual is RxDB's `isEqual`: a wrong "equal" drops a push, a wrong "different"
// loops conflicts. Edge cases of JSON documents.
import { describe, expect, it } from 'vitest';
import { makeLink } from '../testing/fixtures.ts';
import { deepEqual } from './deep-equal.ts';

describe('deepEqual', () => {
  it.each<[string, unknown, unknown]>([
    ['same primitives', 'a', 'a'],
    ['nulls', null, null],
    ['empty objects', {}, {}],
    ['empty arrays', [], []],
    ['objects in another key order', { a: 1, b: { c: [1, 2], d: null } }, { b: { d: null, c: [1, 2] }, a: 1 }],
    ['a key holding undefined and a missing key', { a: 1, b: undefined }, { a: 1 }],
    ['undefined keys on both sides under different names', { a: 1, b: undefined }, { a: 1, c: undefined }],
    ['nested arrays of objects', [{ x: [1, { y: 'z' }] }], [{ x: [1, { y: 'z' }] }]],
    ['a document and its JSON round trip', makeLinkSnapshot(), JSON.parse(JSON.stringify(makeLinkSnapshot()))],
    ['zero and negative zero (JSON cannot tell them apart)', 0, -0],
  ])('says equal: %s', (_label, a, b) => {
    expect(deepEqual(a, b)).toBe(true);
    expect(deepEqual(b, a)).toBe(true);
  });

  it.each<[string, unknown, unknown]>([
    ['different primitives', 1, 2],
    ['a number and its string', 1, '1'],
    ['false and null', false, null],
    ['null and an empty object', null, {}],
    ['undefined and null', undefined, null],
    ['an empty array and an empty object', [], {}],
    ['an array and an object with index keys', ['a'], { 0: 'a' }],
    ['arrays of different length', [1, 2], [1, 2, 3]],
    ['arrays in another order', [1, 2], [2, 1]],
    ['an extra key', { a: 1 }, { a: 1, b: 2 }],
    ['a key holding null and a missing key', { a: 1, b: null }, { a: 1 }],
    ['same key count, different keys', { a: 1, b: 2 }, { a: 1, c: 2 }],
    ['a difference deep inside', { a: { b: { c: [1, { d: 'x' }] } } }, { a: { b: { c: [1, { d: 'y' }] } } }],
    ['a hole and a value in an array', new Array<number>(2), [5, 6]],
    ['an inherited key does not count as own', Object.create({ a: 1 }) as object, { a: 1 }],
  ])('says different: %s', (_label, a, b) => {
    expect(deepEqual(a, b)).toBe(false);
    expect(deepEqual(b, a)).toBe(false);
  });

  it('tells documents apart by one field', () => {
    const link = makeLinkSnapshot();
    expect(deepEqual(link, { ...link, note: 'changed' })).toBe(false);
    expect(deepEqual(link, { ...link, contact: { ...link.contact, email: 'x@example.com' } })).toBe(false);
  });
});

function makeLinkSnapshot() {
  return { ...makeLink({ id: 'link-1', token: 'A'.repeat(22), eventTypeId: 'et-1', bookingIds: ['b1'] }), _deleted: false };
}
