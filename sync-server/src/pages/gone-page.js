// Runs in the browser (the 410 page of a used, expired or revoked link). When this browser booked
// with the link, the page shows the way back to that booking (remembered-booking.js); otherwise
// the page stays as the server rendered it, which says to look in the confirmation email.
// @ts-check
/* global document, location */
import { linkTokenOf, rememberedBooking } from './remembered-booking.js';

const token = linkTokenOf(location.pathname);
const manageUrl = token ? rememberedBooking(token) : null;
const own = document.getElementById('gone-own-booking');
const link = own?.querySelector('a');
if (manageUrl && own && link) {
  link.href = manageUrl;
  own.hidden = false;
}
