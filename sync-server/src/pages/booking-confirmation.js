// Runs in the browser (module of the booking page). Fills the server-rendered, hidden "You're
// booked" section from the 201 answer: time in the invitee's zone, place, .ics and manage links.
// @ts-check
/* global document, location */
import { message } from './page-messages.js';
import { linkTokenOf, rememberBooking } from './remembered-booking.js';
import { whenText, zoneLabel } from './zone-time.js';

/** @typedef {{ kind: string, details: string }} Place */
/** @typedef {{ start: string, end: string, eventName: string, location: Place, manageUrl: string }} Booking */

/** The kinds that have a label before their details (as describe-location.ts renders them). */
const LABELLED_PLACES = new Set(['video', 'phone', 'in_person']);

/** Only web links become hrefs (never javascript: or data:). @param {string} url */
function safeHref(url) {
  try {
    const parsed = new URL(url, location.href);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The .ics of a booking from its manage URL (…/m/{token}). @param {string} manageUrl */
function icsFromManageUrl(manageUrl) {
  const match = /\/m\/([^/?#]+)\/?$/.exec(new URL(manageUrl).pathname);
  return match ? `/api/public/bookings/${match[1]}/ics` : null;
}

/** @param {HTMLElement} target @param {Place} place */
function fillPlace(target, place) {
  const label = LABELLED_PLACES.has(place.kind) ? message(`location.${place.kind}`) : '';
  const details = (place.details ?? '').trim();
  const href = /^https?:\/\//i.test(details) ? safeHref(details) : null;
  target.replaceChildren();
  if (details === '') {
    target.textContent = label || message('location.none');
    return;
  }
  if (label) target.append(`${label}: `);
  if (!href) {
    target.append(details);
    return;
  }
  const link = document.createElement('a');
  link.href = href;
  link.rel = 'noopener noreferrer';
  link.textContent = details;
  target.append(link);
}

/** @param {string} id */
function element(id) {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The booking page has no #${id}`);
  return found;
}

/** @param {Booking} booking @param {string} zone */
export function fillConfirmation(booking, zone) {
  element('conf-what').textContent = booking.eventName;
  element('conf-when').textContent = whenText(booking.start, booking.end, zone);
  element('conf-zone').textContent = zoneLabel(zone);
  fillPlace(element('conf-where'), booking.location);
  const manage = safeHref(booking.manageUrl);
  const ics = manage ? icsFromManageUrl(manage) : null;
  const icsLink = /** @type {HTMLAnchorElement} */ (element('conf-ics'));
  icsLink.hidden = ics === null;
  if (ics) icsLink.href = ics;
  for (const id of ['conf-manage', 'conf-manage-url']) {
    const link = /** @type {HTMLAnchorElement} */ (element(id));
    link.hidden = manage === null;
    if (manage) link.href = manage;
  }
  element('conf-manage-url').textContent = manage ?? '';
  // So this link's "no longer available" page can lead this browser back to the booking.
  const linkToken = linkTokenOf(location.pathname);
  if (manage && linkToken) rememberBooking(linkToken, manage);
}
