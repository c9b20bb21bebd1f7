// renderer: the field-ownership conflict handler (ARCHITECTURE.md, "Field ownership").
import type { RxConflictHandler, WithDeleted } from 'rxdb';
import { deepEqual, mergeByOwnership } from '../../../core/merge/index.ts';
import type { CollectionDocs, CollectionName } from '../../../core/schemas/index.ts';
import { stripRxdbInternals } from './strip-rxdb-internals.ts';

type AnyDoc = Record<string, unknown>;

/**
 * `isEqual` is a full deep compare (it also decides what RxDB pushes, so a looser one would
 * drop writes); `resolve` keeps the client-owned fields this device changed (against
 * `assumedMasterState`) from `newDocumentState` and everything else from `realMasterState`,
 * by the one rule in core/merge.
 */
export function createConflictHandler<C extends CollectionName>(collection: C): RxConflictHandler<CollectionDocs[C]> {
  return {
    isEqual: (a, b) => deepEqual(stripRxdbInternals(a), stripRxdbInternals(b)),
    resolve: ({ newDocumentState, realMasterState, assumedMasterState }) => {
      const merged = mergeByOwnership(
        collection,
        stripRxdbInternals(newDocumentState as AnyDoc),
        stripRxdbInternals(realMasterState as AnyDoc),
        assumedMasterState === undefined ? undefined : stripRxdbInternals(assumedMasterState as AnyDoc),
      );
      return Promise.resolve(merged as unknown as WithDeleted<CollectionDocs[C]>);
    },
  };
}
