// Runs on the server. "Earlier dates" / "Later dates" for the no-JS list of times: plain GET links
// with `?timezone=` and `?date=` (where the route starts the list), so an invitee without
// JavaScript can page through the weeks the script's month view shows.
import type { DaySlotsView } from './page-types.ts';

/** How far "Earlier dates" steps back: the route lists two weeks from `?date=`. */
const STEP_BACK_DAYS = 14;

export interface DatePages {
  earlier: string | null;
  later: string | null;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function todayIn(zone: string, nowMs: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(nowMs);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function hrefOf(zone: string, date: string): string {
  return `?${new URLSearchParams({ timezone: zone, date }).toString()}`;
}

/** Links relative to the page (`?…`), so they work for /l/{token} and /e/{host}/{event} alike. */
export function datePagesOf(days: readonly DaySlotsView[], zone: string, nowMs: number = Date.now()): DatePages {
  const first = days[0]?.date;
  const last = days.at(-1)?.date;
  if (first === undefined || last === undefined) return { earlier: null, later: null };
  const today = todayIn(zone, nowMs);
  const back = addDays(first, -STEP_BACK_DAYS);
  return {
    earlier: first > today ? hrefOf(zone, back < today ? today : back) : null,
    later: hrefOf(zone, addDays(last, 1)),
  };
}
