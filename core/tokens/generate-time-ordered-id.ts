// Runs anywhere (shared). Time-ordered ids (RFC 9562 version 7 UUIDs) for documents the server
// makes in bulk: bookings. A random v4 id lands on a random page of every index keyed by id, so
// each new booking dirtied one more database page (written to the WAL at every commit); a v7 id
// starts with the time, so new bookings go to the end of the index, next to each other.
// The time they reveal is the booking's createdAt, which its document carries anyway.
import { randomBytes } from './web-crypto.ts';

const MAX_UNIX_MS = 2 ** 48 - 1;
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Formats a 48-bit Unix time in ms and 10 random bytes as a v7 UUID. */
export function formatUuidV7(unixMs: number, random: Uint8Array): string {
  if (!Number.isInteger(unixMs) || unixMs < 0 || unixMs > MAX_UNIX_MS) throw new RangeError(`unixMs must be an integer from 0 to 2^48 - 1, got ${unixMs}`);
  if (random.length !== 10) throw new RangeError(`a v7 UUID needs 10 random bytes, got ${random.length}`);
  const time = unixMs.toString(16).padStart(12, '0');
  // One string per byte from a table: this runs on every booking, and a map/join per byte
  // showed up in its profile.
  const h = (i: number, mask = 0xff, set = 0): string => HEX[(random[i]! & mask) | set]!;
  return `${time.slice(0, 8)}-${time.slice(8)}-${h(0, 0x0f, 0x70)}${h(1)}-${h(2, 0x3f, 0x80)}${h(3)}-${h(4)}${h(5)}${h(6)}${h(7)}${h(8)}${h(9)}`;
}

export function generateTimeOrderedId(unixMs: number = Date.now()): string {
  return formatUuidV7(unixMs, randomBytes(10));
}
