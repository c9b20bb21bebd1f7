// renderer: which screen is open. Plain state rather than URL routes: the page's fragment is
// reserved for the browser build's one-time settings hand-over, and Electron has no address bar.

export type AppView =
  | { screen: 'event-types' }
  | { screen: 'event-type-editor'; eventTypeId: string | null }
  | { screen: 'create-link'; eventTypeId: string }
  | { screen: 'links' }
  | { screen: 'link-editor'; linkId: string }
  | { screen: 'bookings' }
  | { screen: 'settings' };

export type NavSection = 'event-types' | 'links' | 'bookings' | 'settings';

/** The navbar entry a screen belongs to (editors highlight their list). */
export function sectionOf(view: AppView): NavSection {
  switch (view.screen) {
    case 'event-types':
    case 'event-type-editor':
      return 'event-types';
    case 'create-link':
    case 'links':
    case 'link-editor':
      return 'links';
    case 'bookings':
      return 'bookings';
    case 'settings':
      return 'settings';
  }
}
