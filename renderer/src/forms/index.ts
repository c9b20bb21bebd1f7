// renderer: form-state helpers shared by the screens.
export { usePersistentDraft, type PersistentDraft, type PersistentDraftOptions } from './use-persistent-draft.ts';
export { draftKey, readDraft, removeDraft, writeDraft } from './draft-storage.ts';
export { displayMessage, NO_ERRORS, scopeFieldErrors, toFieldErrors, type FieldErrors } from './field-errors.ts';
