// test: the window comes back where it was, or somewhere visible when that place is gone.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, restoreWindowBounds, type Rectangle } from './restore-window-bounds.ts';

const primary: Rectangle = { x: 0, y: 25, width: 1920, height: 1055 }; // a menu bar above
const right: Rectangle = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('restoreWindowBounds', () => {
  it('centres a default-sized window on the primary display the first time', () => {
    expect(restoreWindowBounds(null, [primary], primary)).toEqual({
      x: (1920 - DEFAULT_WINDOW_SIZE.width) / 2,
      y: 25 + Math.round((1055 - DEFAULT_WINDOW_SIZE.height) / 2),
      ...DEFAULT_WINDOW_SIZE,
      maximized: false,
    });
  });

  it('restores saved bounds that are on a display', () => {
    const saved = { x: 2100, y: 100, width: 1000, height: 700, maximized: true };
    expect(restoreWindowBounds(saved, [primary, right], primary)).toEqual(saved);
  });

  it('moves a window whose display was unplugged back onto the primary display', () => {
    const saved = { x: 2100, y: 100, width: 1000, height: 700, maximized: false };
    const bounds = restoreWindowBounds(saved, [primary], primary);
    expect(bounds.width).toBe(1000);
    expect(bounds.x).toBeGreaterThanOrEqual(primary.x);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(primary.x + primary.width);
    expect(bounds.y).toBeGreaterThanOrEqual(primary.y);
  });

  it('clamps a window hanging off an edge back inside the work area', () => {
    const bounds = restoreWindowBounds({ x: 1700, y: 10, width: 1000, height: 700, maximized: false }, [primary, right], primary);
    // Its title bar is mostly on the right-hand display, so it stays there, pushed inside.
    expect(bounds).toEqual({ x: 1920, y: 10, width: 1000, height: 700, maximized: false });
    const left = restoreWindowBounds({ x: -300, y: 300, width: 1000, height: 700, maximized: false }, [primary], primary);
    expect(left.x).toBe(0);
  });

  it('treats a window whose title bar is above the screen as lost (it could not be dragged back)', () => {
    const bounds = restoreWindowBounds({ x: 100, y: -500, width: 1000, height: 700, maximized: false }, [primary], primary);
    expect(bounds).toEqual({ x: 460, y: 25 + Math.round((1055 - 700) / 2), width: 1000, height: 700, maximized: false });
  });

  it('treats a window with only a sliver visible as lost', () => {
    const bounds = restoreWindowBounds({ x: 1900, y: 500, width: 800, height: 600, maximized: false }, [primary], primary);
    expect(bounds.x).toBe(Math.round((1920 - 800) / 2));
  });

  it('shrinks a window larger than the display it lands on', () => {
    const small: Rectangle = { x: 0, y: 0, width: 1280, height: 720 };
    const bounds = restoreWindowBounds({ x: 0, y: 0, width: 2400, height: 1400, maximized: false }, [small], small);
    expect(bounds).toEqual({ x: 0, y: 0, width: 1280, height: 720, maximized: false });
  });

  it('centres a saved size without a position (and keeps maximized)', () => {
    const bounds = restoreWindowBounds({ width: 900, height: 600, maximized: true }, [primary], primary);
    expect(bounds).toEqual({ x: 510, y: 25 + Math.round((1055 - 600) / 2), width: 900, height: 600, maximized: true });
  });
});
