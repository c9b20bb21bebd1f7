// Runs in tests. Two devices edit one field offline: whichever order their pushes land in, the
// newer edit wins on both, the stamps travel with the winning values, and the device whose edit
// lost finds it (findLostEdits). Different fields still both keep their edit.
import { describe, expect, it } from 'vitest';
import { makeLink, replicated } from '../testing/fixtures.ts';
import { validateDocument } from '../validation/index.ts';
import { findLostEdits } from './find-lost-edits.ts';
import { mergeByOwnership } from './merge-by-ownership.ts';
import { stampEdits } from './stamp-edits.ts';

type Doc = Record<string, unknown>;
const T0 = Date.parse('2026-12-03T11:30:00.000Z');
const A = 'devicea1';
const B = 'deviceb2';

function edit(before: Doc, change: Doc, nowMs: number, device: string): Doc {
  const after = { ...before, ...change, updatedAt: new Date(nowMs).toISOString() };
  const stamps = stampEdits('links', before, after, nowMs, device);
  return stamps === undefined ? after : { ...after, editStamps: stamps };
}

/** What the server holds after `first` then `second` push, each from the base they started from. */
function pushInOrder(base: Doc, first: Doc, second: Doc): Doc {
  // The first push finds the server at its base: stored as it is (decide-push-row merges
  // without a base once the assumed state matches).
  const afterFirst = mergeByOwnership('links', first, base);
  // The second is a conflict; its device resolves three-way against the base and pushes that.
  return mergeByOwnership('links', second, afterFirst, base);
}

describe('newer edit wins', () => {
  const base = replicated(makeLink({ note: 'original', contact: { name: 'Ada', email: 'ada@example.com' } })) as Doc;

  it.each([
    ['the older edit lands first', 'a-first'],
    ['the newer edit lands first', 'b-first'],
  ])('same field, %s: the newer edit is kept', (_label, order) => {
    const onA = edit(base, { note: 'from A (older)' }, T0, A);
    const onB = edit(base, { note: 'from B (newer)' }, T0 + 5000, B);
    const result = order === 'a-first' ? pushInOrder(base, onA, onB) : pushInOrder(base, onB, onA);
    expect(result['note']).toBe('from B (newer)');
    expect(result['editStamps']).toEqual(onB['editStamps']);
    expect(result['updatedAt']).toBe(onB['updatedAt']);
    expect(validateDocument('links', result)).toMatchObject({ ok: true });

    // A, whose edit lost, sees it replaced; B sees nothing lost.
    expect(findLostEdits('links', onA, result, A)).toEqual([
      expect.objectContaining({ field: 'note', lost: 'from A (older)', kept: 'from B (newer)' }),
    ]);
    expect(findLostEdits('links', onB, result, B)).toEqual([]);
  });

  it('different fields: both edits are kept whichever lands first', () => {
    const onA = edit(base, { contact: { name: 'Alan Turing', email: 'ada@example.com' } }, T0 + 9000, A);
    const onB = edit(base, { note: 'Bring the slides' }, T0, B);
    for (const result of [pushInOrder(base, onA, onB), pushInOrder(base, onB, onA)]) {
      expect(result).toMatchObject({ note: 'Bring the slides', contact: { name: 'Alan Turing' } });
      expect(findLostEdits('links', onA, result, A)).toEqual([]);
      expect(findLostEdits('links', onB, result, B)).toEqual([]);
    }
  });

  it('an edit made after seeing another replaces it without a loss, even from a clock behind', () => {
    const onA = edit(base, { note: 'first' }, T0 + 60_000, A);
    // B pulled A's edit, then edits with a clock a minute behind.
    const onB = edit(onA, { note: 'second' }, T0, B);
    const result = mergeByOwnership('links', onB, onA);
    expect(result['note']).toBe('second');
    expect(findLostEdits('links', onA, result, A)).toEqual([]);
  });

  it('stamps only fields whose value changed, and nothing for a document as created', () => {
    expect(stampEdits('links', base, { ...base }, T0, A)).toBeUndefined();
    const stamps = stampEdits('links', base, { ...base, note: 'x', updatedAt: new Date(T0).toISOString() }, T0, A);
    expect(Object.keys(stamps ?? {})).toEqual(['note']);
    expect(stamps?.['note']).toEqual({ at: '2026-12-03T11:30:00.000Z~0000~devicea1', after: '' });
  });

  it('a document without stamps (from before them) still merges as the later push wins', () => {
    const onA = { ...base, note: 'A' };
    const onB = { ...base, note: 'B' };
    expect(pushInOrder(base, onA, onB)['note']).toBe('B');
    expect(pushInOrder(base, onB, onA)['note']).toBe('A');
  });

  it('a stamp the schema cannot hold is refused on push', () => {
    const doc = { ...base, editStamps: { note: { at: 'yesterday', after: '' } } };
    const result = validateDocument('links', doc);
    expect(result.ok).toBe(false);
    const bogusField = { ...base, editStamps: { useCount: { at: '2026-12-03T11:30:00.000Z~0000~devicea1', after: '' } } };
    expect(validateDocument('links', bogusField).ok).toBe(false);
  });
});
