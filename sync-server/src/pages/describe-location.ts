// Runs on the server. How a meeting place reads on the pages. Video and phone details (a meeting URL,
// a number) are shown only once booked: before that the page is open to anyone holding the link.
import { html, type SafeHtml } from './escape-html.ts';
import type { LocationView } from './page-types.ts';

const LOCATION_LABELS: Record<LocationView['kind'], string> = {
  video: 'Video call',
  phone: 'Phone call',
  in_person: 'In person',
  custom: 'Location',
  none: '',
};

/** The short label before booking: 'Video call', or the address / custom text itself. */
export function describeLocationBeforeBooking(location: LocationView): string {
  if ((location.kind === 'in_person' || location.kind === 'custom') && location.details.trim() !== '') return location.details;
  return LOCATION_LABELS[location.kind];
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
export function renderLocationAfterBooking(location: LocationView): SafeHtml {
  const label = LOCATION_LABELS[location.kind];
  const details = location.details.trim();
  if (details === '') return html`${label || 'No location given'}`;
  const detailsMarkup = isWebUrl(details) ? html`<a href="${details}" rel="noopener noreferrer">${details}</a>` : html`${details}`;
  return location.kind === 'custom' || label === '' ? detailsMarkup : html`${label}: ${detailsMarkup}`;
}
