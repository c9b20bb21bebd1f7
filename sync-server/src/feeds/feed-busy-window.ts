// Runs on the server. The window a feed's busy times are kept for: from a day ago (a meeting in
// progress still blocks) to the furthest horizon of the host's event types, at most a year.
import type { Store } from '../store/store.ts';

const DAY_MS = 86_400_000;
/** Without event types nothing is bookable; a feed still shows what it holds for the usual horizon. */
const DEFAULT_HORIZON_DAYS = 60;
const MAX_HORIZON_DAYS = 365;

export async function feedBusyWindow(store: Store, hostId: string, now: number): Promise<{ from: number; to: number }> {
  const { documents } = await store.pull(hostId, 'event_types', null, 10_000);
  const horizons = documents.filter((doc) => !doc._deleted).map((doc) => doc.horizonDays);
  const days = Math.min(MAX_HORIZON_DAYS, horizons.length > 0 ? Math.max(...horizons) : DEFAULT_HORIZON_DAYS);
  // One day more than the horizon: the last bookable local day ends up to a day after now + horizon in UTC.
  return { from: now - DAY_MS, to: now + (days + 1) * DAY_MS };
}
