// Runs in tests. A stand-in for the slot engine behind the page tests' fake API: 30-minute slots on
// Mondays, Tuesdays, Thursdays and Fridays (UTC) for the next weeks, grouped by date in any zone.
import type { DaySlotsView, SlotView } from '../page-types.ts';

const DAY_MS = 86_400_000;
const SLOT_MS = 30 * 60_000;
/** UTC start times of each open day; 23:30 UTC falls on the next day east of UTC, so zones matter. */
const START_TIMES = ['09:00', '09:30', '10:00', '14:00', '15:30', '23:30'];
const OPEN_WEEKDAYS = new Set([1, 2, 4, 5]);

export function dateInZone(ms: number, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export class FakeOpenSlots {
  readonly all: SlotView[] = [];
  constructor(now = Date.now(), days = 70) {
    const today = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate());
    for (let i = 1; i <= days; i += 1) {
      const day = today + i * DAY_MS;
      if (!OPEN_WEEKDAYS.has(new Date(day).getUTCDay())) continue;
      for (const time of START_TIMES) {
        const [hours = 0, minutes = 0] = time.split(':').map(Number);
        const start = day + (hours * 60 + minutes) * 60_000;
        this.all.push({ start: new Date(start).toISOString(), end: new Date(start + SLOT_MS).toISOString() });
      }
    }
  }

  /** Every date in [from, to] with its open slots in `zone`, closed days empty (the API's `days`). */
  days(from: string, to: string, zone: string): DaySlotsView[] {
    const byDate = new Map<string, SlotView[]>();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from) || Number.isNaN(Date.parse(`${from}T00:00:00Z`))) return [];
    // By the dates' text, so a loose end such as `2026-02-31` still bounds the range.
    for (let ms = Date.parse(`${from}T00:00:00Z`), date = from; date <= to; ms += DAY_MS, date = new Date(ms).toISOString().slice(0, 10)) {
      byDate.set(date, []);
    }
    for (const slot of this.all) {
      byDate.get(dateInZone(Date.parse(slot.start), zone))?.push(slot);
    }
    return [...byDate].map(([date, slots]) => ({ date, slots }));
  }

  /** The next `count` days from today (or from `fromDate`), as the booking page lists them. */
  upcoming(zone: string, count = 14, fromDate?: string): DaySlotsView[] {
    const startMs = fromDate ? Date.parse(`${fromDate}T12:00:00Z`) : Date.now();
    const from = fromDate ?? dateInZone(startMs, zone);
    const to = dateInZone(startMs + count * DAY_MS, zone);
    return this.days(from, to, zone);
  }

  take(start: string): SlotView | null {
    const index = this.all.findIndex((slot) => slot.start === start);
    if (index < 0) return null;
    const [taken] = this.all.splice(index, 1);
    return taken ?? null;
  }
}
