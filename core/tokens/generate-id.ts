// Runs anywhere (shared). Document ids: RFC 4122 version 4 UUIDs. `randomUUID` is missing in
// insecure browser contexts (plain http on a LAN address), hence the fallback.
import { randomBytes, webCrypto } from './web-crypto.ts';

/** Formats 16 random bytes as a v4 UUID, setting the version and variant bits. */
export function formatUuidV4(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new RangeError(`a UUID needs 16 bytes, got ${bytes.length}`);
  const b = Uint8Array.from(bytes);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function generateId(): string {
  const crypto = webCrypto();
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return formatUuidV4(randomBytes(16));
}
