// Runs on the server. The booking page's data: the target's details and, for the first view and
// the no-JS list, the open times of the next two weeks in the asked time zone.
import { hostPhotoPath } from '../hosts/host-photo-path.ts';
import type { BookingPageView, DaySlotsView } from '../pages/index.ts';
import type { BookingTarget } from './booking-target.ts';
import type { TargetKey } from './find-target.ts';
import { daysToFill } from './days-to-fill.ts';
import { listTargetSlotsUntil } from './list-target-slots.ts';
import { addDays } from './local-dates.ts';
import type { PublicContext } from './public-context.ts';

/** The no-JS list's window, and a cap that keeps the first view small on a phone. */
export const INITIAL_DAYS = 14;
export const INITIAL_SLOTS_MAX = 60;

function segment(value: string): string {
  return encodeURIComponent(value);
}

export function pathsOf(key: TargetKey): { apiBase: string; pagePath: string } {
  if (key.kind === 'link') return { apiBase: `/api/public/links/${segment(key.token)}`, pagePath: `/l/${segment(key.token)}` };
  const tail = `${segment(key.hostSlug)}/${segment(key.eventSlug)}`;
  return { apiBase: `/api/public/event-types/${tail}`, pagePath: `/e/${tail}` };
}

/** Whole days, in order, while they fit under the cap (always at least the first open day). */
function capSlots(days: readonly DaySlotsView[]): DaySlotsView[] {
  const kept: DaySlotsView[] = [];
  let count = 0;
  for (const day of days) {
    if (day.slots.length === 0) continue;
    if (count > 0 && count + day.slots.length > INITIAL_SLOTS_MAX) break;
    kept.push(day);
    count += day.slots.length;
  }
  return kept;
}

export async function buildBookingPageView(ctx: PublicContext, key: TargetKey, target: BookingTarget, zone: string, fromDate: string, extra: Partial<BookingPageView> = {}): Promise<BookingPageView> {
  // Later days cannot change the capped list once it is full or a day has been left out for the cap.
  const cappedAlready = (days: readonly DaySlotsView[]) => {
    const kept = capSlots(days);
    return kept.reduce((sum, day) => sum + day.slots.length, 0) >= INITIAL_SLOTS_MAX || kept.length < days.filter((day) => day.slots.length > 0).length;
  };
  const range = { from: fromDate, to: addDays(fromDate, INITIAL_DAYS - 1), timezone: zone };
  const open = await listTargetSlotsUntil(ctx, target, range, ctx.now(), cappedAlready, daysToFill(target.rules, INITIAL_SLOTS_MAX));
  const { apiBase, pagePath } = pathsOf(key);
  return {
    kind: key.kind,
    apiBase,
    formAction: `${pagePath}/book`,
    hostName: target.host.name,
    hostPhotoPath: target.host.photoHash ? hostPhotoPath(target.host.slug, target.host.photoHash) : null,
    eventName: target.eventName,
    description: target.eventType.description,
    durationMinutes: target.rules.durationMinutes,
    location: target.location,
    contact: target.link?.contact ?? { name: '', email: '' },
    hostTimezone: target.rules.availability.timezone,
    initialTimezone: zone,
    initialSlots: capSlots(open.days),
    ...extra,
  };
}
