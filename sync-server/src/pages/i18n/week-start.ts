// Runs on the server. The first day of the week for the invitee's calendar (1 = Monday … 7 =
// Sunday), from the browser's first language tag (what `navigator.language` says), so en-US
// starts on Sunday and en-GB on Monday whatever language the page is shown in. Worked out here
// rather than in the page: the browser's first week-info lookup loads locale data and held up
// the phone's first view (bench "Booking page on a slow phone").

const MAX_TAG_LENGTH = 35;
/** Tags seen, bounded: headers are the invitee's to choose. */
const MAX_CACHED = 500;
const cache = new Map<string, number>();

function firstDayOf(tag: string): number | null {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & { weekInfo?: { firstDay: number }; getWeekInfo?: () => { firstDay: number } };
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    const day = info?.firstDay;
    return typeof day === 'number' && day >= 1 && day <= 7 ? day : null;
  } catch {
    return null; // not a language tag
  }
}

/** From `Accept-Language` ('en-GB,en;q=0.9' → its first tag), else `fallbackLocale`, else Monday. */
export function weekStartOf(acceptLanguage: string | undefined, fallbackLocale: string): number {
  const first = acceptLanguage?.split(',', 1)[0]?.split(';', 1)[0]?.trim() ?? '';
  const tag = first.length > 0 && first.length <= MAX_TAG_LENGTH && first !== '*' ? first : fallbackLocale;
  const known = cache.get(tag);
  if (known !== undefined) return known;
  const day = firstDayOf(tag) ?? firstDayOf(fallbackLocale) ?? 1;
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(tag, day);
  return day;
}
