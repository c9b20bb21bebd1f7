// renderer: RxDB keeps bookkeeping fields on stored documents that never travel to the server.

/** The document without `_meta`, `_rev` and `_attachments` (`_deleted` stays: it is replicated). */
export function stripRxdbInternals<T extends object>(doc: T): T {
  const { _meta: _m, _rev: _r, _attachments: _a, ...rest } = doc as Record<string, unknown>;
  return rest as T;
}
