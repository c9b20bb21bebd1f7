// Runs on the server. Decides whether uploaded bytes may become a host's profile photo
// (`PUT /api/me/photo`): the declared type must be PNG, JPEG or WebP, the bytes' magic numbers
// must match it (a browser shown the photo must never guess another type), and the width and
// height read from the image header must be between 1 and 4096. Pure: no I/O, no decoding
// beyond the header, so it is tested with a few hand-built bytes.

export type PhotoType = 'image/png' | 'image/jpeg' | 'image/webp';

export const MAX_PHOTO_BYTES = 1024 * 1024;
export const MAX_PHOTO_SIDE = 4096;

export type PhotoCheck =
  | { ok: true; contentType: PhotoType; width: number; height: number }
  | { ok: false; problem: 'too_large' | 'unsupported_media_type' | 'invalid_input'; message: string };

const TYPES: readonly PhotoType[] = ['image/png', 'image/jpeg', 'image/webp'];

/** The declared media type without parameters, lower case; image/jpg is taken as image/jpeg. */
function declaredType(contentType: string | undefined): string {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'image/jpg' ? 'image/jpeg' : type;
}

/** The type the bytes' magic numbers say, or null when they are none of the three. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  const at = (offset: number, ...values: number[]) => values.every((value, i) => bytes[offset + i] === value);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return null;
}

const u16be = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const u16le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u24le = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);
const u32be = (b: Uint8Array, i: number) => ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;

function pngSize(b: Uint8Array): { width: number; height: number } | null {
  // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4).
  if (b.length < 24 || !(b[12] === 0x49 && b[13] === 0x48 && b[14] === 0x44 && b[15] === 0x52)) return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

function jpegSize(b: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) { i += 1; continue; } // fill byte
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { i += 2; continue; } // no length
    const length = u16be(b, i + 2);
    if (length < 2) return null;
    // SOF0..SOF15, except DHT (C4), JPG (C8) and DAC (CC): precision (1), height (2), width (2).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (i + 9 > b.length) return null;
      return { width: u16be(b, i + 7), height: u16be(b, i + 5) };
    }
    if (marker === 0xda || marker === 0xd9) return null; // scan data or end before any frame
    i += 2 + length;
  }
  return null;
}

function webpSize(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 25) return null;
  const chunk = String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!);
  if (chunk === 'VP8 ') {
    if (b.length < 30) return null;
    // Frame tag (3), start code 9d 01 2a, then 14-bit width and height.
    if (!(b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a)) return null;
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return null;
    const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0;
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return b.length < 30 ? null : { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  return null;
}

const SIZE_READERS: Record<PhotoType, (bytes: Uint8Array) => { width: number; height: number } | null> = {
  'image/png': pngSize,
  'image/jpeg': jpegSize,
  'image/webp': webpSize,
};

export function checkHostPhoto(contentType: string | undefined, bytes: Uint8Array): PhotoCheck {
  if (bytes.length > MAX_PHOTO_BYTES) {
    return { ok: false, problem: 'too_large', message: `The photo is ${Math.ceil(bytes.length / 1024)} KB; at most 1 MB (${MAX_PHOTO_BYTES} bytes) is accepted.` };
  }
  const declared = declaredType(contentType);
  if (!(TYPES as readonly string[]).includes(declared)) {
    return { ok: false, problem: 'unsupported_media_type', message: `A photo must be PNG, JPEG or WebP, not ${declared || 'untyped'}.` };
  }
  const sniffed = sniffPhotoType(bytes);
  if (sniffed !== declared) {
    return { ok: false, problem: 'unsupported_media_type', message: `The bytes are not a ${declared.slice('image/'.length).toUpperCase()} image${sniffed ? ` (they are ${sniffed})` : ''}.` };
  }
  const size = SIZE_READERS[sniffed](bytes);
  if (!size) return { ok: false, problem: 'invalid_input', message: 'The image\'s width and height cannot be read.' };
  if (size.width === 0 || size.height === 0 || size.width > MAX_PHOTO_SIDE || size.height > MAX_PHOTO_SIDE) {
    return { ok: false, problem: 'invalid_input', message: `The image is ${size.width}×${size.height}; each side must be 1 to ${MAX_PHOTO_SIDE} pixels.` };
  }
  return { ok: true, contentType: sniffed, width: size.width, height: size.height };
}
