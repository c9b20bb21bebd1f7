// test: the committed icons are what scripts/make-icons.ts draws, and well-formed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawCalendarIcon } from './draw-calendar-icon.ts';
import { ICON_FILES } from './icon-set.ts';

const root = join(import.meta.dirname, '..', '..');
const resources = join(root, 'resources');

/** Decodes the PNGs our encoder writes (RGBA, filter 0), checking every chunk's CRC. */
function decodePng(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length)).toBe(crc32(png.subarray(offset + 4, offset + 8 + length)));
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    pixels.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, pixels };
}

function icoImages(ico: Buffer): Array<{ size: number; png: Buffer }> {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const entry = 6 + i * 16;
    const size = ico[entry] === 0 ? 256 : (ico[entry] as number);
    const length = ico.readUInt32LE(entry + 8);
    const start = ico.readUInt32LE(entry + 12);
    return { size, png: ico.subarray(start, start + length) };
  });
}

describe('generated icons', () => {
  it.each(ICON_FILES.map((file) => [file.name, file] as const))('%s matches the generator', (_name, file) => {
    const bytes = readFileSync(join(root, file.dir, file.name));
    const images = file.kind === 'ico' ? icoImages(bytes) : [{ size: file.sizes[0] as number, png: bytes }];
    expect(images.map((image) => image.size)).toEqual(file.sizes);
    for (const image of images) {
      const decoded = decodePng(image.png);
      expect([decoded.width, decoded.height]).toEqual([image.size, image.size]);
      expect(Buffer.from(decoded.pixels).equals(Buffer.from(drawCalendarIcon(image.size, file.style).pixels))).toBe(true);
    }
  });

  it('has a 512 px app icon and macOS template images that are black with alpha only', () => {
    expect(decodePng(readFileSync(join(resources, 'icon.png'))).width).toBe(512);
    for (const name of ['trayTemplate.png', 'trayTemplate@2x.png']) {
      const { pixels } = decodePng(readFileSync(join(resources, name)));
      let opaque = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual([0, 0, 0]);
        if ((pixels[i + 3] as number) > 0) opaque++;
      }
      expect(opaque).toBeGreaterThan(0);
    }
  });
});
