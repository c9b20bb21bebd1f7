// Runs in Node (bench). The slot engine on a realistic load: a 60-day window, 1,000 existing
// bookings spread over it, host in Europe/Berlin, invitee in America/New_York (both zones change
// to summer time inside the window). Reports the median time per listOpenSlots call.
//
// Baseline, measured in the same run: the same job without time zones (weekly intervals read as
// UTC, busy strings parsed and sorted, every candidate checked against the bookings by binary
// search, open ones formatted). It walks about as many candidates as the engine (1,260 against
// 1,215), so the ratio is what the time-zone-correct rule costs over the bare loop.
import type { BusyInterval, SlotRules } from '../../core/slots/index.ts';
import { blockedInterval, checkBookableStart, listOpenSlots } from '../../core/slots/index.ts';
import { createZoneOffsetCache } from '../../core/slots/index.ts';
import type { BenchResult } from '../render-results.ts';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const NOW = '2026-03-02T06:00:00.000Z';
const FROM = '2026-03-02';
const TO = '2026-04-30'; // 60 dates
const BOOKINGS = 1000;
const WORKDAY = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '17:30' },
];

const RULES: SlotRules = {
  durationMinutes: 30,
  slotStepMinutes: 15,
  minNoticeMinutes: 240,
  bufferBeforeMinutes: 10,
  bufferAfterMinutes: 5,
  horizonDays: 90,
  availability: {
    timezone: 'Europe/Berlin',
    weekly: { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] },
    overrides: [
      { date: '2026-04-03', intervals: [] },
      { date: '2026-04-06', intervals: [] },
      { date: '2026-03-14', intervals: [{ start: '10:00', end: '13:00' }] },
    ],
  },
};

// A small seeded generator, so every run measures the same calendar.
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function makeBookings(): BusyInterval[] {
  const random = mulberry32(42);
  const windowStart = Date.parse(`${FROM}T00:00:00Z`);
  const busy: BusyInterval[] = [];
  for (let index = 0; index < BOOKINGS; index += 1) {
    const day = Math.floor(random() * 60);
    const minute = 7 * 60 + Math.floor(random() * 40) * 15; // 07:00Z..16:45Z, the host's working hours
    const start = windowStart + day * DAY_MS + minute * MINUTE_MS;
    const end = start + (15 + Math.floor(random() * 6) * 15) * MINUTE_MS;
    busy.push(blockedInterval(new Date(start).toISOString(), new Date(end).toISOString(), 10, 5));
  }
  return busy;
}

function clockMs(value: string): number {
  return value === '24:00' ? DAY_MS : (Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5))) * MINUTE_MS;
}

/** The baseline: the same walk with no time-zone work at all. Returns [candidates, open]. */
function naiveUtcSlots(busyInput: readonly BusyInterval[]): [number, number] {
  const now = Date.parse(NOW);
  const earliest = now + RULES.minNoticeMinutes * MINUTE_MS;
  const latest = now + RULES.horizonDays * DAY_MS;
  const pairs = busyInput.map((b) => [Date.parse(b.start), Date.parse(b.end)] as const).sort((a, b) => a[0] - b[0]);
  const maxEnds: number[] = [];
  for (const [, end] of pairs) maxEnds.push(Math.max(end, maxEnds[maxEnds.length - 1] ?? -Infinity));
  const weekly = [RULES.availability.weekly.sun, RULES.availability.weekly.mon, RULES.availability.weekly.tue,
    RULES.availability.weekly.wed, RULES.availability.weekly.thu, RULES.availability.weekly.fri, RULES.availability.weekly.sat];
  const duration = RULES.durationMinutes * MINUTE_MS;
  const step = RULES.slotStepMinutes * MINUTE_MS;
  const firstDay = Date.parse(`${FROM}T00:00:00Z`) / DAY_MS;
  const days: { date: string; slots: { start: string; end: string }[] }[] = [];
  let candidates = 0;
  let open = 0;
  for (let day = firstDay - 2; day <= firstDay + 61; day += 1) {
    const slots: { start: string; end: string }[] = [];
    for (const interval of weekly[new Date(day * DAY_MS).getUTCDay()] ?? []) {
      const end = day * DAY_MS + clockMs(interval.end);
      for (let start = day * DAY_MS + clockMs(interval.start); start + duration <= end; start += step) {
        candidates += 1;
        if (start < earliest || start >= latest) continue;
        let low = 0;
        let high = pairs.length;
        const blockedUntil = start + duration + RULES.bufferAfterMinutes * MINUTE_MS;
        while (low < high) {
          const mid = (low + high) >>> 1;
          if ((pairs[mid] as readonly [number, number])[0] < blockedUntil) low = mid + 1;
          else high = mid;
        }
        if (low > 0 && (maxEnds[low - 1] as number) > start - RULES.bufferBeforeMinutes * MINUTE_MS) continue;
        open += 1;
        slots.push({ start: new Date(start).toISOString(), end: new Date(start + duration).toISOString() });
      }
    }
    days.push({ date: new Date(day * DAY_MS).toISOString().slice(0, 10), slots });
  }
  return [candidates, open];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function timeEach(iterations: number, run: () => void, before?: () => void): number[] {
  const times: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    before?.();
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times;
}

const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

export async function runSlotEngineBench(opts: { quick: boolean }): Promise<BenchResult> {
  const busy = makeBookings();
  const query = { rules: RULES, busy, from: FROM, to: TO, timezone: 'America/New_York', now: NOW, zoneOffsets: createZoneOffsetCache() };
  const iterations = opts.quick ? 60 : 400;
  const coldIterations = opts.quick ? 5 : 20;

  const firstCall = timeEach(1, () => listOpenSlots(query))[0] as number;
  const result = listOpenSlots(query);
  const offered = result.days.reduce((sum, day) => sum + day.slots.length, 0);
  const [candidates, baselineOpen] = naiveUtcSlots(busy);

  timeEach(Math.ceil(iterations / 5), () => listOpenSlots(query)); // warm-up (JIT)
  timeEach(Math.ceil(iterations / 5), () => naiveUtcSlots(busy));
  const engine = median(timeEach(iterations, () => listOpenSlots(query)));
  const baseline = median(timeEach(iterations, () => naiveUtcSlots(busy)));
  const cold = median(timeEach(coldIterations, () => listOpenSlots({ ...query, zoneOffsets: createZoneOffsetCache() })));

  const someSlot = result.days.find((day) => day.slots.length > 0)?.slots[0]?.start ?? NOW;
  const check = median(timeEach(iterations, () => checkBookableStart({ rules: RULES, busy, start: someSlot, now: NOW, zoneOffsets: query.zoneOffsets })));

  return {
    name: 'slot engine (60 days, 1,000 bookings)',
    rows: [
      { metric: 'listOpenSlots median', value: round(engine), unit: 'ms', baseline: round(baseline), ratio: round(engine / baseline, 2), target: '< 5 ms' },
      // The same baseline (the bare walk) for every timing, so each row carries its ratio.
      { metric: 'listOpenSlots median, zone offsets not memoised', value: round(cold), unit: 'ms', baseline: round(baseline), ratio: round(cold / baseline, 2) },
      { metric: 'listOpenSlots first call in process', value: round(firstCall), unit: 'ms', baseline: round(baseline), ratio: round(firstCall / baseline, 2) },
      { metric: 'checkBookableStart median', value: round(check), unit: 'ms', baseline: round(baseline), ratio: round(check / baseline, 2) },
      { metric: `slots offered (baseline: the UTC-only walk over ${candidates} candidates)`, value: offered, unit: 'slots', baseline: baselineOpen },
    ],
  };
}
