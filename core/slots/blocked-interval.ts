// Runs anywhere (shared). What a confirmed booking blocks on the host's calendar: the meeting
// widened by its event type's buffers. The server stores this per booking (and PostgreSQL's
// exclusion constraint compares it), so the buffers of both bookings are honoured.
import { parseInstant } from './parse-instant.ts';
import { MINUTE_MS } from './time-units.ts';
import type { BusyInterval } from './types.ts';

function requireMinutes(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new Error(`${name}: expected a whole number of minutes >= 0, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function blockedInterval(start: string, end: string, bufferBeforeMinutes: number, bufferAfterMinutes: number): BusyInterval {
  const startMs = parseInstant(start, 'start');
  const endMs = parseInstant(end, 'end');
  if (endMs < startMs) throw new Error(`end: ${end} is before start (${start})`);
  const before = requireMinutes(bufferBeforeMinutes, 'bufferBeforeMinutes') * MINUTE_MS;
  const after = requireMinutes(bufferAfterMinutes, 'bufferAfterMinutes') * MINUTE_MS;
  return { start: new Date(startMs - before).toISOString(), end: new Date(endMs + after).toISOString() };
}
