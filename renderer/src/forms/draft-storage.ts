// renderer: where unsaved form drafts live between app runs: localStorage, one entry per form
// and document. Storage that is full or switched off must never break a form, so every access
// is guarded and a failure only means the draft is not kept.

const PREFIX = 'onetime-scheduler:draft:';
const FORMAT = 1;

export interface StoredDraft {
  value: unknown;
  /** ISO time of the last write. */
  savedAt: string;
}

/** The storage key of one form's draft, e.g. draftKey('event-type', id). */
export function draftKey(form: string, documentId: string): string {
  return `${PREFIX}${form}:${documentId}`;
}

export function defaultDraftStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Accessing localStorage throws when the page may not use storage.
    return null;
  }
}

export function readDraft(storage: Storage | null, key: string): StoredDraft | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(key);
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { v, value, savedAt } = parsed as { v?: unknown; value?: unknown; savedAt?: unknown };
    if (v !== FORMAT || typeof savedAt !== 'string' || value === undefined) return null;
    return { value, savedAt };
  } catch {
    return null;
  }
}

export function writeDraft(storage: Storage | null, key: string, draft: StoredDraft): void {
  if (!storage) return;
  try {
    storage.setItem(key, JSON.stringify({ v: FORMAT, value: draft.value, savedAt: draft.savedAt }));
  } catch {
    // Quota exceeded or storage disabled: the draft lives on in memory for this session.
  }
}

export function removeDraft(storage: Storage | null, key: string): void {
  if (!storage) return;
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to clean up when storage is unavailable.
  }
}
