// Runs in tests (server side). Which strings and keys the databases cannot store, found by path,
// at any depth without recursion.
import { describe, expect, it } from 'vitest';
import { findUnstorableText } from './find-unstorable-text.ts';

describe('findUnstorableText', () => {
  it('names the first bad string or key by its dot path', () => {
    expect(findUnstorableText({ a: 'ok', b: [1, 'fine', { c: 'x\u0000' }] })).toBe('b.2.c');
    expect(findUnstorableText({ a: { ['k\uD800']: 1 } })).toBe('a.k\uD800');
    expect(findUnstorableText({ a: 'x\uDC00', b: 'y\u0000' })).toBe('a');
    expect(findUnstorableText({ a: ['\uD83D\uDE00'], b: null })).toBeNull();
  });

  it('walks a hundred thousand levels without overflowing the stack', () => {
    let deep: unknown = 'bad\u0000';
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(findUnstorableText(deep)?.split('.').length).toBe(100_000);
  });
});
