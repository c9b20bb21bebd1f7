// Runs in the renderer. What a link changes from its event type, as a compact line for the links
// list: "45 min · Phone call · Own hours · 3 uses · Until Fri, Mar 20, 2026". The duration is
// always there (it is what the host reads first); the rest appears only when the link differs,
// so a row with nothing after the duration is the event type as it is.
import { WEEKDAYS, type Availability, type EventTypeDoc, type LinkDoc, type MeetingLocation } from '../../../core/schemas/index.ts';
import { WEEKDAY_LABELS } from '../availability/weekday-labels.ts';
import { dayjs } from '../components/dayjs.ts';
import { formatDate, formatDateTime, usableZone } from '../components/format-dates.ts';
import { formatMinutes } from '../components/format-minutes.ts';
import { describeLocation, LOCATION_DETAILS_HINTS, LOCATION_KIND_LABELS } from '../components/location-labels.ts';

export type LinkAspect = 'name' | 'duration' | 'location' | 'hours' | 'uses' | 'expiry';

export interface LinkSummaryItem {
  aspect: LinkAspect;
  /** A few words for the row. */
  text: string;
  /** The whole sentence, for a tooltip or a screen reader. */
  detail: string;
  /** True when the link differs from its event type here. */
  changed: boolean;
}

type SummaryLink = Pick<LinkDoc, 'overrides' | 'maxUses' | 'expiresAt'>;

export function summarizeLinkChanges(link: SummaryLink, eventType: EventTypeDoc, timezone: string, now: Date = new Date()): LinkSummaryItem[] {
  const { overrides } = link;
  const items: LinkSummaryItem[] = [];

  if (overrides.name !== undefined && overrides.name !== eventType.name) {
    items.push({ aspect: 'name', text: `From ${eventType.name}`, detail: `Named “${overrides.name}” instead of “${eventType.name}”`, changed: true });
  }

  const duration = overrides.durationMinutes ?? eventType.durationMinutes;
  const durationChanged = duration !== eventType.durationMinutes;
  items.push({
    aspect: 'duration',
    text: formatMinutes(duration),
    detail: durationChanged ? `${formatMinutes(duration)} instead of ${formatMinutes(eventType.durationMinutes)}` : formatMinutes(duration),
    changed: durationChanged,
  });

  if (overrides.location && !sameLocation(overrides.location, eventType.location)) {
    const { kind } = overrides.location;
    const text = kind === eventType.location.kind ? `Other ${LOCATION_DETAILS_HINTS[kind].label.toLowerCase()}` : LOCATION_KIND_LABELS[kind];
    items.push({ aspect: 'location', text, detail: `${describeLocation(overrides.location)} instead of ${describeLocation(eventType.location)}`, changed: true });
  }

  if (overrides.availability && !sameAvailability(overrides.availability, eventType.availability)) {
    items.push({ aspect: 'hours', text: 'Own hours', detail: `Own hours: ${describeHours(overrides.availability)}`, changed: true });
  }

  if (link.maxUses > 1) {
    items.push({ aspect: 'uses', text: `${link.maxUses} uses`, detail: `Can be booked ${link.maxUses} times`, changed: true });
  }

  if (link.expiresAt !== null) {
    const until = lastDay(link.expiresAt, timezone, now);
    items.push({ aspect: 'expiry', text: `Until ${until}`, detail: `Bookable until ${until}`, changed: true });
  }
  return items;
}

function sameLocation(a: MeetingLocation, b: MeetingLocation): boolean {
  return a.kind === b.kind && (a.kind === 'none' || a.details.trim() === b.details.trim());
}

// Both come from JSON documents with a fixed key order per schema, so equal hours serialize alike.
function sameAvailability(a: Availability, b: Availability): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** "Mon 09:00–12:00, Wed 14:00–17:00 (Europe/Berlin), 2 date overrides". */
function describeHours(availability: Availability): string {
  const days = WEEKDAYS.filter((day) => availability.weekly[day].length > 0).map(
    (day) => `${WEEKDAY_LABELS[day].slice(0, 3)} ${availability.weekly[day].map((i) => `${i.start}–${i.end}`).join(', ')}`,
  );
  const parts = [days.length > 0 ? `${days.join('; ')} (${availability.timezone})` : 'no weekly hours'];
  const dates = availability.overrides.length;
  if (dates > 0) parts.push(dates === 1 ? '1 date override' : `${dates} date overrides`);
  return parts.join(', ');
}

/** Links made here expire at a local midnight: the day before it is the last bookable one. */
function lastDay(expiresAt: string, timezone: string, now: Date): string {
  const local = dayjs(expiresAt).tz(usableZone(timezone));
  if (local.hour() === 0 && local.minute() === 0) return formatDate(new Date(Date.parse(expiresAt) - 1).toISOString(), timezone);
  return formatDateTime(expiresAt, timezone, now);
}
