// Runs on the server. Host tokens are stored only as their SHA-256: a leaked database does not
// leak working tokens, and 128+ random bits need no slow password hash.
import { hash, timingSafeEqual } from 'node:crypto';

export function hashToken(token: string): string {
  // The one-shot form: no Hash object per call (every booking hashes its manage token).
  return hash('sha256', token, 'hex');
}

/** Compares two hex hashes without leaking, through timing, where they differ. */
export function hashesEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
