// Runs on the server. The invitee-facing pages: pure render functions (data in, HTML out), the
// CSP they are built for, and their static files. Route handlers gather data and call these.
export type { BookedView, BookingFormValues, BookingPageView, ConfirmationPageView, DaySlotsView, FieldErrorView, LocationView, ManagePageView, SlotView, UnavailablePageView } from './page-types.ts';
export { renderBookingPage } from './render-booking-page.ts';
export { renderConfirmationPage } from './render-confirmation-page.ts';
export { renderManagePage } from './render-manage-page.ts';
export { renderUnavailablePage } from './render-unavailable-page.ts';
export { renderNotFoundPage } from './render-not-found-page.ts';
export { renderHomePage } from './render-home-page.ts';
export { PAGE_CSP } from './page-csp.ts';
export { ASSET_URLS, PAGE_ASSETS, type PageAsset } from './page-assets.ts';
export { escapeHtml } from './escape-html.ts';
export { icsPath, manageCancelApiPath, manageCancelFormPath } from './public-paths.ts';
