// Runs in tests (jsdom). Drafts: follow the initial value until changed, then persist until cleared.
import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { draftKey, readDraft } from './draft-storage.ts';
import { usePersistentDraft } from './use-persistent-draft.ts';

const KEY = draftKey('test-form', 'doc-1');
const now = () => new Date('2026-03-02T08:00:00.000Z');

beforeEach(() => localStorage.clear());

describe('usePersistentDraft', () => {
  it('follows the initial value while untouched and stores nothing', () => {
    const { result, rerender } = renderHook(({ initial }) => usePersistentDraft(KEY, initial, { now }), { initialProps: { initial: { name: 'a' } } });
    expect(result.current.value).toEqual({ name: 'a' });
    rerender({ initial: { name: 'b' } });
    expect(result.current).toMatchObject({ value: { name: 'b' }, dirty: false, restoredAt: null });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('stores every change and restores it after a remount, until cleared', () => {
    const first = renderHook(() => usePersistentDraft(KEY, { name: 'a' }, { now }));
    act(() => first.result.current.setValue((v) => ({ name: `${v.name}x` })));
    expect(first.result.current).toMatchObject({ value: { name: 'ax' }, dirty: true, restoredAt: null });
    expect(readDraft(localStorage, KEY)).toEqual({ value: { name: 'ax' }, savedAt: now().toISOString() });
    first.unmount();

    const second = renderHook(() => usePersistentDraft(KEY, { name: 'a' }, { now }));
    expect(second.result.current).toMatchObject({ value: { name: 'ax' }, dirty: true, restoredAt: now().toISOString() });
    act(() => second.result.current.clear());
    expect(second.result.current).toMatchObject({ value: { name: 'a' }, dirty: false, restoredAt: null });
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it('drops a stored draft that parse rejects, and switches drafts with the key', () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, savedAt: now().toISOString(), value: 42 }));
    const parse = (stored: unknown) => (typeof stored === 'object' && stored !== null ? (stored as { name: string }) : null);
    const other = draftKey('test-form', 'doc-2');
    localStorage.setItem(other, JSON.stringify({ v: 1, savedAt: now().toISOString(), value: { name: 'from doc 2' } }));
    const { result, rerender } = renderHook(({ k }) => usePersistentDraft(k, { name: 'a' }, { parse, now }), { initialProps: { k: KEY } });
    expect(result.current.value).toEqual({ name: 'a' });
    rerender({ k: other });
    expect(result.current.value).toEqual({ name: 'from doc 2' });
  });

  it('keeps working without storage', () => {
    const { result } = renderHook(() => usePersistentDraft(KEY, 1, { storage: null }));
    act(() => result.current.setValue(2));
    expect(result.current.value).toBe(2);
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
