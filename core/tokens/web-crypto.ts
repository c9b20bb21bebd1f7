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

/** Larger requests are filled directly; smaller ones are cut from a pool of this size. */
const POOL_BYTES = 4096;
const MAX_POOLED = 128;
let pool = new Uint8Array(0);
let poolOffset = 0;

function fill(crypto: WebCrypto, bytes: Uint8Array): void {
  // getRandomValues fills at most 65,536 bytes at once.
  for (let offset = 0; offset < bytes.length; offset += 65_536) {
    crypto.getRandomValues(bytes.subarray(offset, Math.min(bytes.length, offset + 65_536)));
  }
}

/**
 * `count` cryptographically random bytes. Small draws (ids, tokens: one or two per booking) are
 * cut from a pool that one getRandomValues call refills, because each call costs far more than
 * the bytes it returns (it showed in the booking profile). Every pooled byte is handed out once,
 * as a copy; the pool only saves calls, it never repeats or predicts anything.
 */
export function randomBytes(count: number): Uint8Array {
  const crypto = webCrypto();
  if (count > MAX_POOLED) {
    const bytes = new Uint8Array(count);
    fill(crypto, bytes);
    return bytes;
  }
  if (poolOffset + count > pool.length) {
    pool = new Uint8Array(POOL_BYTES);
    fill(crypto, pool);
    poolOffset = 0;
  }
  const bytes = pool.slice(poolOffset, poolOffset + count);
  // Spent bytes are wiped, so the pool never holds a value already given out.
  pool.fill(0, poolOffset, poolOffset + count);
  poolOffset += count;
  return bytes;
}
