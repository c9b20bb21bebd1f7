// script (node): draws the app's glyph, a calendar page with "1x" on it, as anti-aliased RGBA.
import type { RgbaImage } from './encode-png.ts';

type Shape = (u: number, v: number) => boolean;

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  return (u, v) => {
    if (u < x0 || u > x1 || v < y0 || v > y1) return false;
    const cx = Math.min(Math.max(u, x0 + r), x1 - r);
    const cy = Math.min(Math.max(v, y0 + r), y1 - r);
    return (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  };
}

/** A stroke with round ends from (x0,y0) to (x1,y1), half-width r. */
function capsule(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const lengthSquared = dx * dx + dy * dy;
  return (u, v) => {
    const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, ((u - x0) * dx + (v - y0) * dy) / lengthSquared));
    return (u - (x0 + t * dx)) ** 2 + (v - (y0 + t * dy)) ** 2 <= r * r;
  };
}

const union = (...shapes: Shape[]): Shape => (u, v) => shapes.some((shape) => shape(u, v));
const minus = (a: Shape, b: Shape): Shape => (u, v) => a(u, v) && !b(u, v);
const intersect = (a: Shape, b: Shape): Shape => (u, v) => a(u, v) && b(u, v);

/** The glyph in unit coordinates (0..1, y down). */
function calendarGlyph(): Shape {
  const stroke = 0.085;
  const outer = roundedRect(0.1, 0.17, 0.9, 0.92, 0.13);
  const inner = roundedRect(0.1 + stroke, 0.17 + stroke, 0.9 - stroke, 0.92 - stroke, 0.13 - stroke);
  const frame = minus(outer, inner);
  const header = intersect(outer, (_u, v) => v <= 0.37);
  const rings = union(roundedRect(0.27, 0.06, 0.37, 0.27, 0.05), roundedRect(0.63, 0.06, 0.73, 0.27, 0.05));
  const one = union(capsule(0.41, 0.5, 0.41, 0.81, 0.05), capsule(0.41, 0.5, 0.32, 0.57, 0.045));
  const times = union(capsule(0.53, 0.61, 0.69, 0.81, 0.042), capsule(0.69, 0.61, 0.53, 0.81, 0.042));
  return union(frame, header, rings, one, times);
}

export interface IconStyle {
  /** RGB of the glyph. */
  ink: readonly [number, number, number];
  /** RGB of a rounded-square tile behind the glyph, or null for a bare glyph (macOS template). */
  tile: readonly [number, number, number] | null;
}

const SUBSAMPLES = 4;

export function drawCalendarIcon(size: number, style: IconStyle): RgbaImage {
  const glyph = calendarGlyph();
  const tile = roundedRect(0, 0, 1, 1, 0.22);
  // On a tile the glyph is inset, so it reads as a badge rather than touching the edges.
  const inset = style.tile ? 0.16 : 0;
  const scale = 1 - 2 * inset;
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let glyphHits = 0;
      let tileHits = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const u = (x + (sx + 0.5) / SUBSAMPLES) / size;
          const v = (y + (sy + 0.5) / SUBSAMPLES) / size;
          if (glyph((u - inset) / scale, (v - inset) / scale)) glyphHits++;
          if (tile(u, v)) tileHits++;
        }
      }
      const total = SUBSAMPLES * SUBSAMPLES;
      const glyphCover = glyphHits / total;
      const offset = (y * size + x) * 4;
      if (style.tile === null) {
        pixels.set([...style.ink, Math.round(glyphCover * 255)], offset);
        continue;
      }
      // Ink over tile, then the tile's own edge coverage as alpha.
      const tileCover = tileHits / total;
      const ink = Math.min(glyphCover, tileCover) / Math.max(tileCover, 1e-9);
      const mix = (channel: 0 | 1 | 2): number =>
        Math.round(style.ink[channel] * ink + (style.tile as readonly [number, number, number])[channel] * (1 - ink));
      pixels.set([mix(0), mix(1), mix(2), Math.round(tileCover * 255)], offset);
    }
  }
  return { width: size, height: size, pixels };
}
