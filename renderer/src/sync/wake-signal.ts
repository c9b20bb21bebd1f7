// renderer: sleeps that end early when someone calls `wake()` (retry now, back online, the
// server answered again) or when the sync layer stops (the abort signal).

export interface WakeSignal {
  /** Goes up with every `wake()`; read it before an attempt and pass it to `sleep`. */
  readonly generation: number;
  /**
   * Resolves after `ms` or at the next `wake()`; at once when `wake()` was called since
   * `generation` was read (so a wake during a failing attempt is not lost). Rejects with the
   * signal's reason on abort.
   */
  sleep(ms: number, signal?: AbortSignal, sinceGeneration?: number): Promise<void>;
  /** Ends every sleep now. */
  wake(): void;
}

export function createWakeSignal(): WakeSignal {
  const sleepers = new Set<() => void>();
  let generation = 0;
  return {
    get generation() {
      return generation;
    },
    sleep(ms, signal, sinceGeneration) {
      return new Promise<void>((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        if (sinceGeneration !== undefined && sinceGeneration !== generation) {
          resolve();
          return;
        }
        const cleanUp = (): void => {
          clearTimeout(timer);
          sleepers.delete(wakeUp);
          signal?.removeEventListener('abort', onAbort);
        };
        const wakeUp = (): void => {
          cleanUp();
          resolve();
        };
        const onAbort = (): void => {
          cleanUp();
          reject(signal?.reason);
        };
        const timer = setTimeout(wakeUp, ms);
        sleepers.add(wakeUp);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    wake() {
      generation += 1;
      for (const wakeUp of [...sleepers]) wakeUp();
    },
  };
}
