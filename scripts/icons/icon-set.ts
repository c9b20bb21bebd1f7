// script (node): every generated icon file, as name → bytes, so the generator and its test agree.
import { drawCalendarIcon, type IconStyle } from './draw-calendar-icon.ts';
import { encodeIco } from './encode-ico.ts';
import { encodePng } from './encode-png.ts';

const BRAND: IconStyle = { ink: [255, 255, 255], tile: [34, 139, 230] }; // Mantine blue.6
const TEMPLATE: IconStyle = { ink: [0, 0, 0], tile: null }; // macOS tints it for light/dark menu bars

export interface IconFile {
  /** Folder relative to the repository root. */
  dir: 'resources' | 'renderer/public';
  name: string;
  /** Pixel sizes inside the file (one for PNG, several for ICO). */
  sizes: number[];
  style: IconStyle;
  kind: 'png' | 'ico';
}

export const ICON_FILES: readonly IconFile[] = [
  { dir: 'resources', name: 'icon.png', sizes: [512], style: BRAND, kind: 'png' },
  { dir: 'resources', name: 'icon.ico', sizes: [16, 24, 32, 48, 64, 128, 256], style: BRAND, kind: 'ico' },
  { dir: 'resources', name: 'trayTemplate.png', sizes: [16], style: TEMPLATE, kind: 'png' },
  { dir: 'resources', name: 'trayTemplate@2x.png', sizes: [32], style: TEMPLATE, kind: 'png' },
  { dir: 'resources', name: 'tray.png', sizes: [32], style: BRAND, kind: 'png' },
  { dir: 'resources', name: 'tray.ico', sizes: [16, 24, 32, 48], style: BRAND, kind: 'ico' },
  // The page's own icon (browser tab, /app/); Vite copies renderer/public/ into the build.
  { dir: 'renderer/public', name: 'favicon.png', sizes: [64], style: BRAND, kind: 'png' },
];

export function renderIconFile(file: IconFile): Buffer {
  const pngs = file.sizes.map((size) => ({ size, png: encodePng(drawCalendarIcon(size, file.style)) }));
  if (file.kind === 'ico') return encodeIco(pngs);
  const [only] = pngs;
  if (!only || pngs.length !== 1) throw new Error(`${file.name}: a PNG holds exactly one size`);
  return only.png;
}
