// Runs anywhere (shared). Link and manage tokens: the secret in a public URL is the capability,
// so it must be unguessable (>= 128 random bits) and URL-safe without escaping.
import { TOKEN_MAX_LENGTH } from '../schemas/index.ts';
import { encodeBase64Url } from './encode-base64url.ts';
import { randomBytes } from './web-crypto.ts';

export const TOKEN_MIN_BYTES = 16;
/** 96 bytes encode to 128 characters, the longest token the `links` schema stores. */
export const TOKEN_MAX_BYTES = (TOKEN_MAX_LENGTH / 4) * 3;

/** `bytes` random bytes (default 16 = 128 bits) as base64url without padding: 22 characters by default. */
export function generateToken(bytes: number = TOKEN_MIN_BYTES): string {
  if (!Number.isInteger(bytes) || bytes < TOKEN_MIN_BYTES || bytes > TOKEN_MAX_BYTES) {
    throw new RangeError(`token bytes must be an integer from ${TOKEN_MIN_BYTES} to ${TOKEN_MAX_BYTES}, got ${bytes}`);
  }
  return encodeBase64Url(randomBytes(bytes));
}
