// Runs on the server. "Earlier dates" / "Later dates" for the no-JS list of times: plain GET links
// with `?timezone=` and `?date=` (where the route starts the list), so an invitee without
// JavaScript can page through the weeks the script's month view shows.
import { addDays, todayIn } from '../booking/local-dates.ts';
import type { DaySlotsView } from './page-types.ts';

/** How far "Earlier dates" steps back: the route lists two weeks from `?date=`. */
const STEP_BACK_DAYS = 14;

export interface DatePages {
  earlier: string | null;
  later: string | null;
}

function hrefOf(zone: string, date: string): string {
  return `?${new URLSearchParams({ timezone: zone, date }).toString()}`;
}

/** Links relative to the page (`?…`), so they work for /l/{token} and /e/{host}/{event} alike. */
export function datePagesOf(days: readonly DaySlotsView[], zone: string, nowMs: number = Date.now()): DatePages {
  const first = days[0]?.date;
  const last = days.at(-1)?.date;
  if (first === undefined || last === undefined) return { earlier: null, later: null };
  const today = todayIn(zone, new Date(nowMs));
  const back = addDays(first, -STEP_BACK_DAYS);
  return {
    earlier: first > today ? hrefOf(zone, back < today ? today : back) : null,
    later: hrefOf(zone, addDays(last, 1)),
  };
}
