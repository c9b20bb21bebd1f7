// test: close-to-tray, remembering the window state, bringing it back, and its security flags.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { attachCloseToTray } from './attach-close-to-tray.ts';
import { mainWindowOptions } from './main-window-options.ts';
import type { WindowState } from './restore-window-bounds.ts';
import { showWindow } from './show-window.ts';
import { trackWindowState } from './track-window-state.ts';

class FakeWindow extends EventEmitter {
  bounds = { x: 10, y: 20, width: 1000, height: 700 };
  maximized = false;
  minimized = true;
  visible = true;
  destroyed = false;
  focused = false;
  getNormalBounds() {
    return { ...this.bounds };
  }
  isMaximized() {
    return this.maximized;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  show() {
    this.visible = true;
  }
  hide() {
    this.visible = false;
  }
  focus() {
    this.focused = true;
  }
  /** Emits 'close' like Electron: returns whether a listener prevented it. */
  tryClose(): boolean {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    return prevented;
  }
}

describe('attachCloseToTray', () => {
  it('hides instead of closing, until the app is quitting', () => {
    const win = new FakeWindow();
    let quitting = false;
    attachCloseToTray(win, () => quitting);
    expect(win.tryClose()).toBe(true);
    expect(win.visible).toBe(false);
    quitting = true;
    win.show();
    expect(win.tryClose()).toBe(false);
    expect(win.visible).toBe(true);
  });
});

describe('trackWindowState', () => {
  it('saves once after moves settle and at once on close', () => {
    const win = new FakeWindow();
    const saved: WindowState[] = [];
    const timers = new Map<number, () => void>();
    let nextId = 0;
    const runTimers = (): void => {
      const due = [...timers.values()];
      timers.clear();
      due.forEach((run) => run());
    };
    trackWindowState(win, {
      save: (state) => saved.push(state),
      setTimer: (callback) => {
        timers.set(++nextId, callback);
        return nextId;
      },
      clearTimer: (id) => timers.delete(id as number),
    });
    win.emit('move');
    win.bounds = { x: 50, y: 60, width: 1100, height: 750 };
    win.emit('resize');
    expect(saved).toEqual([]);
    expect(timers.size).toBe(1);
    runTimers();
    expect(saved).toEqual([{ x: 50, y: 60, width: 1100, height: 750, maximized: false }]);

    win.maximized = true;
    win.emit('maximize');
    win.tryClose();
    expect(saved.at(-1)).toEqual({ x: 50, y: 60, width: 1100, height: 750, maximized: true });
    expect(timers.size).toBe(0); // the close flushed and cancelled the debounced write
    runTimers();
    expect(saved).toHaveLength(2);
  });

  it('flush writes the current state, and nothing once the window is destroyed', () => {
    const win = new FakeWindow();
    const saved: WindowState[] = [];
    const flush = trackWindowState(win, { save: (state) => saved.push(state) });
    flush();
    expect(saved).toEqual([{ x: 10, y: 20, width: 1000, height: 700, maximized: false }]);
    win.destroyed = true;
    flush();
    expect(saved).toHaveLength(1);
  });
});

describe('showWindow', () => {
  it('restores, shows and focuses; ignores a missing or destroyed window', () => {
    const win = new FakeWindow();
    win.visible = false;
    showWindow(win);
    expect([win.minimized, win.visible, win.focused]).toEqual([false, true, true]);
    expect(() => showWindow(null)).not.toThrow();
    const gone = new FakeWindow();
    gone.destroyed = true;
    gone.visible = false;
    showWindow(gone);
    expect(gone.visible).toBe(false);
  });
});

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the renderer, without Node', () => {
    const options = mainWindowOptions({
      bounds: { x: 1, y: 2, width: 1000, height: 700 },
      preloadPath: '/app/out/preload/index.cjs',
      title: 'Onetime Scheduler',
    });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(options.show).toBe(false);
    expect(options).toMatchObject({ x: 1, y: 2, width: 1000, height: 700 });
    expect('icon' in options).toBe(false);
  });
});
