// Runs on the server. How a meeting place reads on the pages. Video and phone details (a meeting URL,
// a number) are shown only once booked: before that the page is open to anyone holding the link.
import { html, type SafeHtml } from './escape-html.ts';
import type { MessageKey } from './i18n/en.ts';
import { pageText, type PageText } from './i18n/translate.ts';
import type { LocationView } from './page-types.ts';

const LOCATION_LABELS: Record<LocationView['kind'], MessageKey | null> = {
  video: 'location.video',
  phone: 'location.phone',
  in_person: 'location.in_person',
  custom: 'location.custom',
  none: null,
};

function labelOf(kind: LocationView['kind'], text: PageText): string {
  const key = LOCATION_LABELS[kind];
  return key ? text.t(key) : '';
}

/** The short label before booking: 'Video call', or the address / custom text itself. */
export function describeLocationBeforeBooking(location: LocationView, text: PageText = pageText()): string {
  if ((location.kind === 'in_person' || location.kind === 'custom') && location.details.trim() !== '') return location.details;
  return labelOf(location.kind, text);
}

/** Only plain web links become clickable; anything else (javascript:, data:) stays text. */
export function isWebUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/** The full place after booking: label and details, a web address as a link. */
export function renderLocationAfterBooking(location: LocationView, text: PageText = pageText()): SafeHtml {
  const label = labelOf(location.kind, text);
  const details = location.details.trim();
  if (details === '') return html`${label || text.t('location.none')}`;
  const detailsMarkup = isWebUrl(details) ? html`<a href="${details}" rel="noopener noreferrer">${details}</a>` : html`${details}`;
  return location.kind === 'custom' || label === '' ? detailsMarkup : html`${label}: ${detailsMarkup}`;
}
