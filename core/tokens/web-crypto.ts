// Runs anywhere (shared). The one platform API core/ needs: Web Crypto, a global in browsers,
// Electron and Node >= 19 alike. Declared here as a minimal local type instead of a global
// declaration, which would clash with the DOM and Node typings in the other tsconfigs.

export interface WebCrypto {
  getRandomValues<T extends Uint8Array>(array: T): T;
  randomUUID?: () => string;
}

export function webCrypto(): WebCrypto {
  const crypto = (globalThis as unknown as { crypto?: WebCrypto }).crypto;
  if (!crypto || typeof crypto.getRandomValues !== 'function') {
    throw new Error('crypto.getRandomValues is not available in this runtime');
  }
  return crypto;
}

/**
 * `count` cryptographically random bytes, straight from getRandomValues on every call: no pool,
 * so core keeps no random state of its own between calls (see ARCHITECTURE.md).
 */
export function randomBytes(count: number): Uint8Array {
  const crypto = webCrypto();
  const bytes = new Uint8Array(count);
  // getRandomValues fills at most 65,536 bytes at once.
  for (let offset = 0; offset < count; offset += 65_536) {
    crypto.getRandomValues(bytes.subarray(offset, Math.min(count, offset + 65_536)));
  }
  return bytes;
}
