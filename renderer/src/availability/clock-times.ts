// renderer: local clock times ('HH:mm', '24:00' = end of day) as the availability editor offers
// them: a quarter-hour grid, plus any odd time a document already holds.

export const CLOCK_STEP_MINUTES = 15;
export const DAY_MINUTES = 24 * 60;

export function toMinutes(clock: string): number {
  const [h, m] = clock.split(':');
  return Number(h) * 60 + Number(m);
}

export function fromMinutes(minutes: number): string {
  const clamped = Math.max(0, Math.min(DAY_MINUTES, minutes));
  const h = Math.floor(clamped / 60);
  const m = clamped % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export interface ClockOption {
  value: string;
  label: string;
}

const grid = (from: number, to: number): string[] => {
  const times: string[] = [];
  for (let t = from; t <= to; t += CLOCK_STEP_MINUTES) times.push(fromMinutes(t));
  return times;
};

const START_TIMES = grid(0, DAY_MINUTES - CLOCK_STEP_MINUTES);
const END_TIMES = grid(CLOCK_STEP_MINUTES, DAY_MINUTES);

/** Times for a start ('00:00'…'23:45') or an end ('00:15'…'24:00') select; `current` is always included. */
export function clockOptions(edge: 'start' | 'end', current: string): ClockOption[] {
  const base = edge === 'start' ? START_TIMES : END_TIMES;
  const times = current === '' || base.includes(current) ? base : [...base, current].sort();
  return times.map((value) => ({ value, label: value === '24:00' ? '24:00 (midnight)' : value }));
}
