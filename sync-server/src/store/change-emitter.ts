// Runs on the server. The listener list behind `Store.onCommit`: a throwing listener must not
// keep the others (or the committing request) from going on.
import type { ChangeListener, ChangeNotice } from './store.ts';

export interface ChangeEmitter {
  subscribe(listener: ChangeListener): () => void;
  emit(notice: ChangeNotice): void;
  clear(): void;
}

export function createChangeEmitter(onListenerError: (error: unknown) => void = () => {}): ChangeEmitter {
  const listeners = new Set<ChangeListener>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    emit(notice) {
      for (const listener of [...listeners]) {
        try {
          listener(notice);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    clear() {
      listeners.clear();
    },
  };
}
