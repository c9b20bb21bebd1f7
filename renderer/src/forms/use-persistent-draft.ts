// renderer: form state that survives closing the app mid-edit. While the user has changed
// nothing, the value follows `initial` (so a document updated by sync shows its new state); the
// first change starts a draft that is written to storage after every change and kept until the
// form saves or discards it.
import { useCallback, useEffect, useState } from 'react';
import { defaultDraftStorage, readDraft, removeDraft, writeDraft, type StoredDraft } from './draft-storage.ts';

export interface PersistentDraftOptions<T> {
  /**
   * Turns a stored value back into a draft, or returns null to drop it (a draft written by an
   * older version of the form). Without it the stored value is trusted as it is.
   */
  parse?: (stored: unknown) => T | null;
  /** Defaults to window.localStorage; null keeps drafts in memory only. */
  storage?: Storage | null;
  /** The clock of `savedAt`; tests pass a fixed one. */
  now?: () => Date;
}

export interface PersistentDraft<T> {
  /** The draft when there is one, otherwise `initial`. */
  value: T;
  /** True from the first change (or a restored draft) until `clear`. */
  dirty: boolean;
  /** When a draft from an earlier session was restored: the time it was last written (ISO). */
  restoredAt: string | null;
  setValue: (next: T | ((previous: T) => T)) => void;
  /** Forgets the draft, in storage too, after the form saved or discarded it. */
  clear: () => void;
}

interface DraftState<T> {
  key: string;
  draft: { value: T; savedAt: string } | null;
  restored: boolean;
}

function load<T>(storage: Storage | null, key: string, parse: ((stored: unknown) => T | null) | undefined): DraftState<T> {
  const stored: StoredDraft | null = readDraft(storage, key);
  if (!stored) return { key, draft: null, restored: false };
  const value = parse ? parse(stored.value) : (stored.value as T);
  if (value === null) return { key, draft: null, restored: false };
  return { key, draft: { value, savedAt: stored.savedAt }, restored: true };
}

export function usePersistentDraft<T>(key: string, initial: T, options: PersistentDraftOptions<T> = {}): PersistentDraft<T> {
  const { parse, now } = options;
  const storage = options.storage === undefined ? defaultDraftStorage() : options.storage;
  const [state, setState] = useState<DraftState<T>>(() => load(storage, key, parse));

  let current = state;
  if (state.key !== key) {
    // Another document: adopt its draft during render instead of showing the old one for a frame.
    current = load(storage, key, parse);
    setState(current);
  }

  useEffect(() => {
    if (current.draft === null) return;
    writeDraft(storage, current.key, { value: current.draft.value, savedAt: current.draft.savedAt });
  }, [current, storage]);

  const setValue = useCallback(
    (next: T | ((previous: T) => T)) => {
      setState((previous) => {
        const base = previous.draft ? previous.draft.value : initial;
        const value = typeof next === 'function' ? (next as (p: T) => T)(base) : next;
        return { key: previous.key, draft: { value, savedAt: (now?.() ?? new Date()).toISOString() }, restored: previous.restored };
      });
    },
    [initial, now],
  );

  const clear = useCallback(() => {
    removeDraft(storage, key);
    setState({ key, draft: null, restored: false });
  }, [storage, key]);

  return {
    value: current.draft ? current.draft.value : initial,
    dirty: current.draft !== null,
    restoredAt: current.restored && current.draft ? current.draft.savedAt : null,
    setValue,
    clear,
  };
}
