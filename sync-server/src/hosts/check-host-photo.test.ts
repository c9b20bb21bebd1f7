// Runs in tests (server side). The photo decision on hand-built image headers: the three types
// and their sizes are read, a type the bytes do not bear out or another type is refused (415),
// over 1 MB is 413, zero, over 4096 or an unreadable header is invalid input.
import { describe, expect, it } from 'vitest';
import { checkHostPhoto, MAX_PHOTO_BYTES, sniffPhotoType } from './check-host-photo.ts';
import { gifBytes, jpegBytes, pngBytes, webpBytes } from './testing/photo-bytes.ts';

describe('checkHostPhoto', () => {
  it('reads PNG, JPEG and each WebP form with their width and height', () => {
    expect(checkHostPhoto('image/png', pngBytes(3, 2))).toEqual({ ok: true, contentType: 'image/png', width: 3, height: 2 });
    expect(checkHostPhoto('image/jpeg', jpegBytes(640, 480))).toEqual({ ok: true, contentType: 'image/jpeg', width: 640, height: 480 });
    expect(checkHostPhoto('image/jpg', jpegBytes(1, 1))).toMatchObject({ ok: true, contentType: 'image/jpeg' });
    expect(checkHostPhoto('image/webp', webpBytes(100, 50))).toEqual({ ok: true, contentType: 'image/webp', width: 100, height: 50 });
    expect(checkHostPhoto('image/webp', webpBytes(4096, 1, 'VP8L'))).toEqual({ ok: true, contentType: 'image/webp', width: 4096, height: 1 });
    expect(checkHostPhoto('image/webp; charset=x', webpBytes(20, 4000, 'VP8X'))).toEqual({ ok: true, contentType: 'image/webp', width: 20, height: 4000 });
    expect(checkHostPhoto('IMAGE/PNG', pngBytes(4096, 4096))).toMatchObject({ ok: true, width: 4096, height: 4096 });
  });

  it('skips the JPEG segments before the frame header', () => {
    const comment = Buffer.from([0xff, 0xfe, 0x00, 0x05, 0x61, 0x62, 0x63]);
    const jpeg = jpegBytes(12, 34);
    expect(checkHostPhoto('image/jpeg', Buffer.concat([jpeg.subarray(0, 2), comment, jpeg.subarray(2)]))).toMatchObject({ ok: true, width: 12, height: 34 });
  });

  it('refuses other types and bytes that are not the declared type', () => {
    for (const [type, bytes] of [['image/gif', gifBytes(1, 1)], ['image/svg+xml', Buffer.from('<svg/>')], [undefined, pngBytes(1, 1)], ['text/html', pngBytes(1, 1)]] as const) {
      expect(checkHostPhoto(type, bytes), String(type)).toMatchObject({ ok: false, problem: 'unsupported_media_type', message: expect.stringContaining('PNG, JPEG or WebP') });
    }
    expect(checkHostPhoto('image/jpeg', pngBytes(1, 1))).toMatchObject({ ok: false, problem: 'unsupported_media_type', message: expect.stringContaining('image/png') });
    expect(checkHostPhoto('image/png', gifBytes(1, 1))).toMatchObject({ ok: false, problem: 'unsupported_media_type' });
    expect(checkHostPhoto('image/webp', Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toMatchObject({ ok: false, problem: 'unsupported_media_type' });
    expect(sniffPhotoType(new Uint8Array())).toBeNull();
  });

  it('refuses more than 1 MB before looking at the bytes', () => {
    expect(checkHostPhoto('image/png', Buffer.concat([pngBytes(1, 1), Buffer.alloc(MAX_PHOTO_BYTES)]))).toMatchObject({ ok: false, problem: 'too_large', message: expect.stringContaining('1 MB') });
    expect(checkHostPhoto('image/gif', Buffer.alloc(MAX_PHOTO_BYTES + 1))).toMatchObject({ problem: 'too_large' });
  });

  it('refuses a side of zero or over 4096 pixels, and a header it cannot read', () => {
    for (const [type, bytes] of [
      ['image/png', pngBytes(5000, 5000)], ['image/png', pngBytes(0, 10)], ['image/jpeg', jpegBytes(4097, 1)], ['image/jpeg', jpegBytes(10, 0)],
      ['image/webp', webpBytes(5000, 10, 'VP8X')], ['image/webp', webpBytes(0, 10)],
    ] as const) {
      expect(checkHostPhoto(type, bytes), `${type} ${bytes.length}`).toMatchObject({ ok: false, problem: 'invalid_input', message: expect.stringContaining('4096') });
    }
    for (const [type, bytes] of [
      ['image/png', pngBytes(1, 1).subarray(0, 20)], ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xd9])], ['image/jpeg', Buffer.from([0xff, 0xd8, 0xff])],
      ['image/webp', webpBytes(1, 1).subarray(0, 24)], ['image/webp', webpBytes(1, 1, 'VP8X').subarray(0, 28)],
    ] as const) {
      expect(checkHostPhoto(type, bytes), `${type} ${bytes.length}`).toMatchObject({ ok: false, problem: 'invalid_input', message: expect.stringContaining('cannot be read') });
    }
  });
});
