// main: where the window opens, from the saved state and the displays attached right now.

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 500 } as const;
/** Less than this much of the title-bar area visible on any display means "lost off-screen". */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function fitSize(width: number, height: number, area: Rectangle): { width: number; height: number } {
  return {
    width: Math.round(clamp(width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width)),
    height: Math.round(clamp(height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height)),
  };
}

function centeredIn(area: Rectangle, size: { width: number; height: number }): Rectangle {
  return {
    x: Math.round(area.x + (area.width - size.width) / 2),
    y: Math.round(area.y + (area.height - size.height) / 2),
    ...size,
  };
}

/**
 * Restores the saved bounds when enough of the window would be visible on a current display
 * (clamped into that display's work area); otherwise centres it on the primary display. A display
 * unplugged since the last run is the usual way a window gets lost.
 */
export function restoreWindowBounds(
  saved: WindowState | null | undefined,
  workAreas: readonly Rectangle[],
  primaryWorkArea: Rectangle,
): Rectangle & { maximized: boolean } {
  const maximized = saved?.maximized ?? false;
  const width = saved && Number.isFinite(saved.width) ? saved.width : DEFAULT_WINDOW_SIZE.width;
  const height = saved && Number.isFinite(saved.height) ? saved.height : DEFAULT_WINDOW_SIZE.height;

  if (!saved || !Number.isFinite(saved.x) || !Number.isFinite(saved.y)) {
    return { ...centeredIn(primaryWorkArea, fitSize(width, height, primaryWorkArea)), maximized };
  }
  const titleBar: Rectangle = { x: saved.x ?? 0, y: saved.y ?? 0, width, height: Math.min(height, MIN_VISIBLE.height) };
  let best: Rectangle | null = null;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(titleBar, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  if (best === null || bestArea < MIN_VISIBLE.width * Math.min(MIN_VISIBLE.height, titleBar.height)) {
    return { ...centeredIn(primaryWorkArea, fitSize(width, height, primaryWorkArea)), maximized };
  }
  const size = fitSize(width, height, best);
  return {
    x: Math.round(clamp(saved.x ?? 0, best.x, best.x + best.width - size.width)),
    y: Math.round(clamp(saved.y ?? 0, best.y, best.y + best.height - size.height)),
    ...size,
    maximized,
  };
}
