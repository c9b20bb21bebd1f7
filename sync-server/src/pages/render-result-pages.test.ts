// @vitest-environment jsdom
// Runs in tests. The pages around a booking: confirmation, management, 410 and 404.
import { describe, expect, it } from 'vitest';
import { makeBooking } from '../../../core/testing/fixtures.ts';
import { ASSET_URLS } from './page-assets.ts';
import { PAGE_CSP } from './page-csp.ts';
import type { ManagePageView } from './page-types.ts';
import { renderConfirmationPage } from './render-confirmation-page.ts';
import { renderManagePage } from './render-manage-page.ts';
import { renderNotFoundPage } from './render-not-found-page.ts';
import { renderUnavailablePage } from './render-unavailable-page.ts';

const HOSTILE = '<script>alert(1)</script>';

/** ICU puts thin and narrow no-break spaces into time ranges; compare words, not space kinds. */
function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/[\u2009\u202f]/g, ' ');
}

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

const booked = {
  start: '2026-12-01T08:00:00.000Z',
  end: '2026-12-01T08:30:00.000Z',
  eventName: 'Intro call',
  location: { kind: 'video' as const, details: 'https://meet.example.com/intro' },
  manageUrl: 'https://book.example.com/m/mtok_abc',
};

describe('renderConfirmationPage', () => {
  it('shows the time in the invitee zone, the .ics link and the manage link', () => {
    const doc = parse(renderConfirmationPage({ hostName: 'Grace', booking: booked, invitee: { name: 'Ada', email: 'ada@example.com', timezone: 'America/New_York' } }));
    expect(doc.querySelector('h1')?.textContent).toBe("You're booked");
    expect(plain(doc.getElementById('conf-when')?.textContent)).toBe('Tuesday, December 1, 2026, 3:00 – 3:30 AM');
    expect(doc.getElementById('conf-zone')?.textContent).toBe('America/New York');
    expect(doc.getElementById('conf-ics')?.getAttribute('href')).toBe('/api/public/bookings/mtok_abc/ics');
    expect(doc.getElementById('conf-manage')?.getAttribute('href')).toBe('https://book.example.com/m/mtok_abc');
    const meeting = doc.querySelector('#conf-where a');
    expect(meeting?.getAttribute('href')).toBe('https://meet.example.com/intro');
    expect(meeting?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('escapes names and never links a non-web location', () => {
    const doc = parse(renderConfirmationPage({
      hostName: HOSTILE,
      booking: { ...booked, eventName: HOSTILE, location: { kind: 'custom', details: 'javascript:alert(1)' } },
      invitee: { name: HOSTILE, email: HOSTILE, timezone: 'Nowhere/Else' },
    }));
    expect(doc.querySelector('.done-lead strong')?.textContent).toBe(HOSTILE);
    expect(doc.getElementById('conf-what')?.textContent).toBe(HOSTILE);
    expect(doc.querySelector('#conf-where a')).toBeNull();
    expect(doc.getElementById('conf-where')?.textContent).toBe('javascript:alert(1)');
    expect(doc.getElementById('conf-zone')?.textContent).toBe('UTC');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });
});

describe('renderManagePage', () => {
  const view = (overrides: Partial<ManagePageView> = {}): ManagePageView => ({
    manageToken: 'mtok_abc',
    hostName: 'Grace Hopper',
    // A booking document as the store holds it fits the view as it is.
    booking: makeBooking({ start: '2026-12-01T08:00:00.000Z', invitee: { name: 'Ada', email: 'ada@example.com', timezone: 'Asia/Tokyo', notes: HOSTILE } }),
    ...overrides,
  });

  it('shows a confirmed booking in the invitee zone with .ics and a cancel form', () => {
    const doc = parse(renderManagePage(view()));
    expect(doc.getElementById('booking-status')?.textContent).toBe('Confirmed');
    expect(plain(doc.getElementById('when-text')?.textContent)).toBe('Tuesday, December 1, 2026, 5:00 – 5:30 PM');
    expect(doc.getElementById('when-text')?.dataset.start).toBe('2026-12-01T08:00:00.000Z');
    expect(doc.querySelector('.actions a')?.getAttribute('href')).toBe('/api/public/bookings/mtok_abc/ics');
    const form = doc.getElementById('cancel-form') as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('/m/mtok_abc/cancel');
    expect(form.querySelector('textarea[name="reason"]')).not.toBeNull();
    expect(doc.querySelector('.reason')?.textContent).toBe(HOSTILE);
    expect(doc.getElementById('canceled-note')?.hidden).toBe(true);
    expect(JSON.parse(doc.getElementById('manage-data')?.textContent ?? '')).toEqual({ cancelUrl: '/api/public/bookings/mtok_abc/cancel', timezone: 'Asia/Tokyo' });
  });

  it('shows the canceled state with who canceled and why, and no cancel form or .ics', () => {
    const booking = makeBooking({ status: 'canceled', canceledBy: 'host', cancelReason: `Ill ${HOSTILE}` });
    const doc = parse(renderManagePage(view({ booking, hostName: HOSTILE })));
    expect(doc.getElementById('booking-status')?.textContent).toBe('Canceled');
    expect(doc.getElementById('canceled-note')?.hidden).toBe(false);
    expect(doc.getElementById('canceled-who')?.textContent).toBe(`${HOSTILE} canceled this booking.`);
    expect(doc.getElementById('canceled-reason')?.textContent).toBe(`Reason: Ill ${HOSTILE}`);
    expect(doc.getElementById('cancel-form')).toBeNull();
    expect(doc.querySelector('.actions')).toBeNull();
  });

  it('confirms a cancellation by the invitee and keeps a rejected reason', () => {
    const canceled = parse(renderManagePage(view({ booking: makeBooking({ status: 'canceled', canceledBy: 'invitee' }), notice: 'canceled' })));
    expect(canceled.querySelector('#notice')?.textContent).toContain('Your booking is canceled.');
    expect(canceled.getElementById('canceled-who')?.textContent).toBe('You canceled this booking.');
    const failed = parse(renderManagePage(view({ errors: [{ field: 'reason', message: 'must be at most 2000 characters' }], reason: 'Too long…' })));
    expect(failed.getElementById('f-reason-error')?.textContent).toBe('Reason must be at most 2000 characters');
    expect((failed.getElementById('f-reason') as HTMLTextAreaElement).value).toBe('Too long…');
    expect((failed.getElementById('cancel-box') as HTMLDetailsElement).open).toBe(true);
  });
});

describe('renderUnavailablePage and renderNotFoundPage', () => {
  it('say the link is no longer available, with or without a host name, and nothing else', () => {
    const withHost = parse(renderUnavailablePage({ hostName: HOSTILE }));
    expect(withHost.querySelector('h1')?.textContent).toBe('This link is no longer available');
    expect(withHost.body.textContent).toContain(`Please ask ${HOSTILE} for a new link.`);
    expect(withHost.body.textContent).toContain('If you booked with this link, your confirmation email has the link to view, reschedule or cancel your booking.');
    // One script: it shows the way back to a booking this browser made (gone-page.js); hidden until then.
    // It formats no dates, so the page has no warm-intl.js.
    expect([...withHost.querySelectorAll('script')].map((s) => s.getAttribute('src'))).toEqual([ASSET_URLS.goneScript]);
    expect(withHost.querySelector('#gone-own-booking')?.hasAttribute('hidden')).toBe(true);
    const anonymous = parse(renderUnavailablePage());
    expect(anonymous.body.textContent).toContain('Please ask the person who sent it to you for a new link.');
    // One text for used, expired and revoked alike: nothing in the page depends on the reason.
    expect(renderUnavailablePage({ hostName: 'Grace' })).toBe(renderUnavailablePage({ hostName: 'Grace' }));
  });

  it('404 page names nothing that exists', () => {
    const doc = parse(renderNotFoundPage());
    expect(doc.querySelector('h1')?.textContent).toBe('Page not found');
    // Only the language switcher links (to this same page in another language).
    expect(doc.querySelectorAll('form, script')).toHaveLength(0);
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['?lang=en', '?lang=de', '?lang=fr', '?lang=es', '?lang=pt', '?lang=ja']);
  });
});

describe('PAGE_CSP', () => {
  it('is the strict policy the pages are built for', () => {
    expect(PAGE_CSP).toBe("default-src 'none'; script-src 'self'; worker-src blob:; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
  });
});
