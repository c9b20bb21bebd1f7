// renderer: ids of one collection's documents with local changes the server has not confirmed.
import { useMemo } from 'react';
import type { CollectionName } from '../../../core/schemas/index.ts';
import type { SyncController } from '../sync/sync-types.ts';
import { useObservable } from './use-observable.ts';

const NONE: ReadonlySet<string> = new Set();

export function useUnsyncedIds(sync: SyncController, name: CollectionName): ReadonlySet<string> {
  const source$ = useMemo(() => sync.unsyncedIds$(name), [sync, name]);
  return useObservable(source$, NONE);
}
