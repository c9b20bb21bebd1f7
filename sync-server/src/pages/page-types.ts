// Runs on the server. What the route handlers hand to the page renderers: plain data, no requests.
import type { LOCATION_KINDS } from '../../../core/schemas/shared-parts.ts';
import type { Language } from './i18n/languages.ts';

export interface SlotView {
  /** ISO-8601 UTC instants. */
  start: string;
  end: string;
}

export interface DaySlotsView {
  /** YYYY-MM-DD in the page's time zone (`initialTimezone`). */
  date: string;
  slots: SlotView[];
}

export interface LocationView {
  kind: (typeof LOCATION_KINDS)[number];
  details: string;
}

export interface FieldErrorView {
  /** 'name', 'email', 'notes', 'start', 'timezone'; anything else ('' too) is shown above the form. */
  field: string;
  /** A fragment like the validators' 'must not be empty' gets the field's label in front. */
  message: string;
}

export interface BookingFormValues {
  name: string;
  email: string;
  notes: string;
  start: string;
  timezone: string;
}

export interface BookingPageView {
  kind: 'link' | 'standard';
  /** e.g. '/api/public/links/TOKEN' or '/api/public/event-types/host/event' (no trailing slash). */
  apiBase: string;
  /** The no-JS POST target, e.g. '/l/TOKEN/book'. */
  formAction: string;
  hostName: string;
  /** The host's profile photo with its version (`/h/SLUG/photo?v=…`), shown in place of the initial; absent or null when none. */
  hostPhotoPath?: string | null;
  eventName: string;
  description: string;
  durationMinutes: number;
  location: LocationView;
  /** Pre-fills the form (empty strings when the link has no contact). */
  contact: { name: string; email: string };
  hostTimezone: string;
  /** The zone of `initialSlots` and of the no-JS list: `?timezone=` if given, else 'UTC'. */
  initialTimezone: string;
  /** The next open times, grouped by day in `initialTimezone`. */
  initialSlots: DaySlotsView[];
  errors?: FieldErrorView[];
  /** The invitee's input after a failed no-JS post, so nothing they typed is lost. */
  values?: Partial<BookingFormValues>;
  /** Unused: the pages have no inline script or style. Accepted so a nonce-based CSP can come later. */
  nonce?: string;
  /** The page's language (choose-language.ts); English when not given. */
  lang?: Language;
  /** The calendar's first weekday, 1 = Monday … 7 = Sunday (i18n/week-start.ts); the page locale's when not given. */
  weekStart?: number;
}

export interface BookedView {
  start: string;
  end: string;
  eventName: string;
  location: LocationView;
  /** Absolute: PUBLIC_URL + /m/{manageToken}. */
  manageUrl: string;
}

export interface ConfirmationPageView {
  hostName: string;
  booking: BookedView;
  invitee: { name: string; email: string; timezone: string };
  lang?: Language;
}

export interface ManagePageView {
  manageToken: string;
  hostName: string;
  booking: {
    eventName: string;
    start: string;
    end: string;
    location: LocationView;
    status: 'confirmed' | 'canceled';
    canceledBy: 'host' | 'invitee' | null;
    cancelReason: string;
    invitee: { name: string; email: string; timezone: string; notes: string };
  };
  /** Default: `status === 'confirmed'`. The route passes false for a booking that has already begun. */
  canCancel?: boolean;
  /** 'canceled' right after the invitee canceled (no-JS post); 'booked' right after booking. */
  notice?: 'canceled' | 'booked';
  /** A failed no-JS cancel (e.g. a reason that is too long); the typed reason comes back in `reason`. */
  errors?: FieldErrorView[];
  reason?: string;
}

export interface UnavailablePageView {
  hostName?: string;
  lang?: Language;
}
