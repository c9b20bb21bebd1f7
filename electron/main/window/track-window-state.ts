// main: saves the window's size, position and maximized state as the user changes them.
import type { Rectangle, WindowState } from './restore-window-bounds.ts';

export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

export interface TrackDeps {
  save(state: WindowState): void;
  /** Moves and resizes fire many events per second; one write after they settle is enough. */
  debounceMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/** Returns `flush`, which writes any pending state at once (used before quitting). */
export function trackWindowState(win: TrackedWindow, deps: TrackDeps): () => void {
  const debounceMs = deps.debounceMs ?? 400;
  const setTimer = deps.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = deps.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let pending: unknown = null;

  const write = (): void => {
    pending = null;
    if (win.isDestroyed()) return;
    const bounds = win.getNormalBounds();
    deps.save({ x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: win.isMaximized() });
  };
  const schedule = (): void => {
    if (pending !== null) clearTimer(pending);
    pending = setTimer(write, debounceMs);
  };
  const flush = (): void => {
    if (pending !== null) clearTimer(pending);
    write();
  };

  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event, schedule);
  win.on('close', flush);
  return flush;
}
