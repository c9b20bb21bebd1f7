// renderer: RxDB's free Dexie storage prints a sales notice (console.warn, "RxDB Open Core
// RxStorage … premium plugins") on the first write of every app start; only a purchased premium
// flag turns it off. It tells the host nothing and buries real warnings, so this one message,
// matched by its first line, is dropped; every other warning passes through unchanged.

const ADVERT_FIRST_LINE = '-------------- RxDB Open Core RxStorage';

export function isStorageAdvert(args: readonly unknown[]): boolean {
  const [first] = args;
  return typeof first === 'string' && first.startsWith(ADVERT_FIRST_LINE);
}

/** Wraps `target.warn` once; returns the undo (tests). */
export function dropStorageAdvert(target: Pick<Console, 'warn'> = console): () => void {
  const original = target.warn;
  if ((original as { droppingAdvert?: boolean }).droppingAdvert) return () => undefined;
  const filtered = Object.assign((...args: unknown[]) => {
    if (!isStorageAdvert(args)) original.apply(target, args);
  }, { droppingAdvert: true });
  target.warn = filtered;
  return () => {
    if (target.warn === filtered) target.warn = original;
  };
}
