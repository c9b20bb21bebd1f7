// renderer: every document of one collection as plain objects, live: the screens re-render on
// each local edit and on each change that replication brings in.
import { useMemo } from 'react';
import { map, type Observable } from 'rxjs';
import type { CollectionDocs, CollectionName } from '../../../core/schemas/index.ts';
import type { AppDatabase } from '../db/app-database-types.ts';
import { stripRxdbInternals } from '../db/strip-rxdb-internals.ts';
import { useObservable } from './use-observable.ts';

export interface CollectionDocsResult<T> {
  docs: T[];
  /** False until the first query result arrived (so screens do not flash "nothing here"). */
  loaded: boolean;
}

export function collectionDocs$<C extends CollectionName>(db: AppDatabase, name: C): Observable<CollectionDocs[C][]> {
  const collection = db.collections[name];
  return collection.find().$.pipe(map((docs) => docs.map((doc) => stripRxdbInternals(doc.toMutableJSON()) as CollectionDocs[C])));
}

export function useCollectionDocs<C extends CollectionName>(db: AppDatabase, name: C): CollectionDocsResult<CollectionDocs[C]> {
  const source$ = useMemo(() => collectionDocs$(db, name).pipe(map((docs) => ({ docs, loaded: true }))), [db, name]);
  return useObservable(source$, { docs: [] as CollectionDocs[C][], loaded: false });
}
