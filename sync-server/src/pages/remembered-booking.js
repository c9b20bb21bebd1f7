// Runs in the browser (module of the booking and 410 pages). The invitee who comes back: the
// confirmation remembers, in this browser only, which booking a link made (the manage URL, keyed by
// the link's token), so the link's "no longer available" page can lead straight back to it. Nothing
// of this reaches the server: it never looks bookings up by anything but the manage token.
// @ts-check
/* global location */

const PREFIX = '1x.booking.';

/** The link token of a /l/{token} page, or null on any other page. @param {string} pathname */
export function linkTokenOf(pathname) {
  const match = /^\/l\/([A-Za-z0-9_-]{16,128})\/?$/.exec(pathname);
  return match ? match[1] ?? null : null;
}

/** @param {string} linkToken @param {string} manageUrl */
export function rememberBooking(linkToken, manageUrl) {
  try {
    localStorage.setItem(PREFIX + linkToken, manageUrl);
  } catch {
    // Storage off or full: the confirmation email still has the link.
  }
}

/**
 * The manage URL this browser booked with the link, if it is one of this server's manage pages
 * (what is in storage is not trusted to be a link of ours). @param {string} linkToken
 */
export function rememberedBooking(linkToken) {
  let stored;
  try {
    stored = localStorage.getItem(PREFIX + linkToken);
  } catch {
    return null;
  }
  if (!stored) return null;
  try {
    const url = new URL(stored, location.href);
    return url.origin === location.origin && /^\/m\/[A-Za-z0-9_-]+\/?$/.test(url.pathname) ? url.href : null;
  } catch {
    return null;
  }
}
