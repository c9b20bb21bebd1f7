// Runs anywhere (shared). The clock that decides which of two edits of one field is newer
// (ARCHITECTURE.md, "Newer edit wins"): a hybrid logical clock per field. A stamp reads
// `2026-12-03T11:30:00.000Z~0000~k3j9x2ab`: the edit's wall-clock time, a counter, the device.
// Stamps compare as plain strings, and the device settles a tie, so every device orders any two
// edits the same way.
import { PATTERNS } from '../schemas/limits.ts';

export type EditStamp = string;

/** One field's last edit: its stamp, and the stamp of the value it replaced ('' for the value the document was created with). */
export interface FieldEdit {
  at: EditStamp;
  after: EditStamp | '';
}

export type EditStamps = Partial<Record<string, FieldEdit>>;

const COUNTER_MAX = 9999;
const STAMP = new RegExp(PATTERNS.editStamp, 'u');
const DEVICE_ID = /^[a-z0-9]{8,32}$/u;

export function isDeviceId(value: string): boolean {
  return DEVICE_ID.test(value);
}

function parts(stamp: EditStamp): { time: string; counter: number; device: string } {
  const [time = '', counter = '0', device = ''] = stamp.split('~');
  return { time, counter: Number(counter), device };
}

/**
 * The stamp of a new edit of a field whose last edit was `previous`. Never older than
 * `previous`, even when this device's clock is behind the one that made it: an edit made after
 * seeing another always orders after it. (The counter moves only while the clock has not passed
 * `previous`; it cannot realistically reach its limit, and at the limit it holds, leaving the tie
 * to the device.)
 */
export function nextEditStamp(previous: EditStamp | undefined, nowMs: number, deviceId: string): EditStamp {
  if (!isDeviceId(deviceId)) throw new RangeError(`deviceId: "${deviceId}" must be 8 to 32 lowercase letters or digits`);
  const now = new Date(nowMs).toISOString();
  if (previous === undefined || !STAMP.test(previous)) return `${now}~0000~${deviceId}`;
  const last = parts(previous);
  if (now > last.time) return `${now}~0000~${deviceId}`;
  const counter = Math.min(last.counter + 1, COUNTER_MAX);
  return `${last.time}~${String(counter).padStart(4, '0')}~${deviceId}`;
}

/** The device that made the edit. */
export function deviceOfStamp(stamp: EditStamp): string {
  return parts(stamp).device;
}

/** When the edit was made (by the clock of the device that made it), as an ISO time. */
export function timeOfStamp(stamp: EditStamp): string {
  return parts(stamp).time;
}

/** Whether edit `a` is newer than edit `b`. A field never edited since its document was created (no stamp) is older than any edit. */
export function isNewerEdit(a: FieldEdit | undefined, b: FieldEdit | undefined): boolean {
  return (a?.at ?? '') > (b?.at ?? '');
}
