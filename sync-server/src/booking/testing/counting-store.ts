// Runs in tests (server side). A real store that counts the reads the public GETs make: an answer
// served without a single read was served from the view cache. Everything else is the store's own.
import type { Store } from '../../store/store.ts';

const COUNTED = ['findLinkByToken', 'findHostById', 'findHostBySlug', 'findEventTypeBySlug', 'getDocs', 'listBusyIntervals'] as const;

export interface CountingStore {
  store: Store;
  reads(): number;
}

export function countingStore(store: Store): CountingStore {
  let reads = 0;
  const counting = Object.create(store) as Record<string, unknown>;
  for (const name of COUNTED) {
    const read = store[name] as (...args: unknown[]) => unknown;
    counting[name] = (...args: unknown[]) => {
      reads += 1;
      return read.apply(store, args);
    };
  }
  return { store: counting as unknown as Store, reads: () => reads };
}
