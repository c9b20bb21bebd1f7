// @vitest-environment jsdom
// Runs in tests. The booking page's HTML without a browser: escaping, the pre-filled contact, the
// no-JS list of times, the host's photo or initial, and a failed no-JS post coming back with
// everything the invitee typed.
import { describe, expect, it } from 'vitest';
import { ASSET_URLS } from './page-assets.ts';
import type { BookingPageView } from './page-types.ts';
import { renderBookingPage } from './render-booking-page.ts';

const HOSTILE = '<script>alert(1)</script>';
const ATTRIBUTE_BREAKER = '"><img src=x onerror=alert(1)>';

function view(overrides: Partial<BookingPageView> = {}): BookingPageView {
  return {
    kind: 'link',
    apiBase: '/api/public/links/tok123',
    formAction: '/l/tok123/book',
    hostName: 'Grace Hopper',
    eventName: 'Intro call',
    description: 'A first conversation.',
    durationMinutes: 30,
    location: { kind: 'video', details: 'https://meet.example.com/secret-room' },
    contact: { name: 'Ada Lovelace', email: 'ada@example.com' },
    hostTimezone: 'Europe/Berlin',
    initialTimezone: 'Europe/Berlin',
    initialSlots: [
      { date: '2026-12-01', slots: [{ start: '2026-12-01T08:00:00.000Z', end: '2026-12-01T08:30:00.000Z' }, { start: '2026-12-01T13:30:00.000Z', end: '2026-12-01T14:00:00.000Z' }] },
      { date: '2026-12-02', slots: [] },
      { date: '2026-12-03', slots: [{ start: '2026-12-03T09:00:00.000Z', end: '2026-12-03T09:30:00.000Z' }] },
    ],
    ...overrides,
  };
}

function parse(page: string | Buffer): Document {
  return new DOMParser().parseFromString(String(page), 'text/html');
}

describe('renderBookingPage', () => {
  it('shows user text as text: no markup from names, descriptions or contacts gets through', () => {
    const markup = renderBookingPage(view({
      hostName: HOSTILE,
      eventName: HOSTILE,
      description: HOSTILE,
      location: { kind: 'in_person', details: HOSTILE },
      contact: { name: ATTRIBUTE_BREAKER, email: HOSTILE },
    }));
    const doc = parse(markup);
    expect(doc.querySelector('h1')?.textContent).toBe(HOSTILE);
    expect(doc.querySelector('.host-name')?.textContent).toBe(HOSTILE);
    expect(doc.querySelector('.description')?.textContent).toBe(HOSTILE);
    expect(doc.title).toBe(`${HOSTILE} with ${HOSTILE}`);
    expect((doc.getElementById('f-name') as HTMLInputElement).value).toBe(ATTRIBUTE_BREAKER);
    expect((doc.getElementById('f-email') as HTMLInputElement).value).toBe(HOSTILE);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    // Only the module scripts (warm-intl.js and the page's) and the JSON data block.
    const scripts = [...doc.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('src') ?? s.getAttribute('type'))).toEqual([ASSET_URLS.warmIntl, ASSET_URLS.bookingScript, 'application/json']);
    expect(String(markup)).not.toContain('<script>alert');
  });

  it('has no inline script, style or event handler attribute (the CSP forbids them)', () => {
    const doc = parse(renderBookingPage(view()));
    expect(doc.querySelectorAll('style, [style]')).toHaveLength(0);
    const handlers = [...doc.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((a) => a.name.startsWith('on')));
    expect(handlers).toEqual([]);
    expect(doc.querySelector('script[type="module"]:not([async])')?.getAttribute('src')).toBe(ASSET_URLS.bookingScript);
    expect(doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe(ASSET_URLS.styles);
    expect(doc.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe('no-referrer');
  });

  it('passes the script its data as JSON that cannot break out of the block', () => {
    const doc = parse(renderBookingPage(view({ apiBase: '/api/public/links/</script>x' })));
    const data = JSON.parse(doc.getElementById('booking-data')?.textContent ?? '');
    expect(data).toMatchObject({ apiBase: '/api/public/links/</script>x', initialTimezone: 'Europe/Berlin', firstOpenDate: '2026-12-01', locale: 'en-US' });
    expect(data.messages['js.loading']).toBe('Loading open times…');
  });

  it('tells the script the first weekday: the one given, else the page locale\'s', () => {
    const weekStart = (extra: Parameters<typeof view>[0]) => JSON.parse(parse(renderBookingPage(view(extra))).getElementById('booking-data')?.textContent ?? '').weekStart;
    expect(weekStart({ weekStart: 1 })).toBe(1);
    expect(weekStart({})).toBe(7); // en-US
    expect(weekStart({ lang: 'de' })).toBe(1);
  });

  it('shows host, event, duration, description and the kind of place (not the meeting URL) before booking', () => {
    const doc = parse(renderBookingPage(view({ durationMinutes: 90 })));
    const facts = doc.querySelector('.facts')?.textContent ?? '';
    expect(facts).toContain('1 h 30 min');
    expect(facts).toContain('Video call');
    expect(doc.body.textContent).not.toContain('secret-room');
    const address = parse(renderBookingPage(view({ location: { kind: 'in_person', details: '1 Main St' } })));
    expect(address.querySelector('.facts')?.textContent).toContain('1 Main St');
  });

  it('pre-fills name and email from the link contact', () => {
    const doc = parse(renderBookingPage(view()));
    expect((doc.getElementById('f-name') as HTMLInputElement).value).toBe('Ada Lovelace');
    expect((doc.getElementById('f-email') as HTMLInputElement).value).toBe('ada@example.com');
    const blank = parse(renderBookingPage(view({ contact: { name: '', email: '' } })));
    expect((blank.getElementById('f-email') as HTMLInputElement).value).toBe('');
  });

  it('lists the open times by day as radio buttons in a form that posts, in the page zone', () => {
    const doc = parse(renderBookingPage(view()));
    const form = doc.getElementById('booking-form') as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('/l/tok123/book');
    const days = [...form.querySelectorAll('.slot-day')];
    expect(days.map((day) => day.querySelector('legend')?.textContent)).toEqual(['Tuesday, December 1', 'Thursday, December 3']);
    const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"][name="start"]')];
    expect(radios.map((radio) => radio.value)).toEqual(['2026-12-01T08:00:00.000Z', '2026-12-01T13:30:00.000Z', '2026-12-03T09:00:00.000Z']);
    // 08:00Z is 9:00 in Berlin in December.
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual(['9:00 AM', '2:30 PM', '10:00 AM']);
    expect((form.querySelector('input[name="timezone"]') as HTMLInputElement).value).toBe('Europe/Berlin');
    expect(form.querySelector('button[type="submit"]')?.textContent).toBe('Confirm booking');
    expect(doc.getElementById('picker')?.hidden).toBe(true);
  });

  it('offers every time zone with the page zone selected, as a GET form (the full list in <noscript>)', () => {
    const doc = parse(renderBookingPage(view({ initialTimezone: 'America/New_York' })));
    const select = doc.getElementById('tz-select') as HTMLSelectElement;
    expect(select.closest('form')?.getAttribute('method')).toBe('get');
    expect(select.name).toBe(''); // the script names it; without one only the full list sends the zone
    expect(select.value).toBe('America/New_York');
    // The script's select holds the page zone only; the list of every zone is the <noscript>'s.
    expect(select.options.length).toBe(1);
    const noscript = doc.getElementById('tz-all');
    expect(noscript?.tagName).toBe('NOSCRIPT');
    const all = parse(`<form>${noscript?.innerHTML ?? noscript?.textContent ?? ''}</form>`).getElementById('tz-select-all') as HTMLSelectElement;
    expect(all.closest('form')).not.toBeNull();
    expect(all.name).toBe('timezone');
    expect(all.value).toBe('America/New_York');
    expect(all.options.length).toBeGreaterThan(300);
    expect([...all.options].some((option) => option.value === 'UTC')).toBe(true);
  });

  it('falls back to UTC for a zone Intl does not know, instead of failing', () => {
    const doc = parse(renderBookingPage(view({ initialTimezone: 'Mars/Olympus' })));
    expect((doc.getElementById('tz-select') as HTMLSelectElement).value).toBe('UTC');
    expect(doc.querySelector('.slot-option')?.textContent).toBe('8:00 AM');
  });

  it('shows the host\'s photo in place of the initial when there is one, its URL escaped', () => {
    const initial = parse(renderBookingPage(view()));
    expect(initial.querySelector('.host .avatar')?.tagName).toBe('SPAN');
    expect(initial.querySelector('.host .avatar')?.textContent).toBe('G');
    const doc = parse(renderBookingPage(view({ hostPhotoPath: '/h/grace/photo?v=0123456789abcdef' })));
    const img = doc.querySelector('.host img.avatar');
    expect(img?.getAttribute('src')).toBe('/h/grace/photo?v=0123456789abcdef');
    expect(img?.getAttribute('alt')).toBe('');
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['36', '36']);
    expect(doc.querySelector('.host span.avatar')).toBeNull();
    expect(doc.querySelector('.host-name')?.textContent).toBe('Grace Hopper');
    const hostile = parse(renderBookingPage(view({ hostPhotoPath: ATTRIBUTE_BREAKER })));
    expect(hostile.querySelectorAll('img')).toHaveLength(1);
    expect(hostile.querySelector('img.avatar')?.getAttribute('src')).toBe(ATTRIBUTE_BREAKER);
  });

  it('says so when there are no open times', () => {
    const doc = parse(renderBookingPage(view({ initialSlots: [] })));
    expect(doc.querySelector('.slot-list .empty')?.textContent).toContain('no open times');
    expect(JSON.parse(doc.getElementById('booking-data')?.textContent ?? '').firstOpenDate).toBeNull();
  });

  it('after a failed no-JS post: errors next to their fields, in a summary, and every value kept', () => {
    const doc = parse(renderBookingPage(view({
      errors: [
        { field: 'email', message: 'must be an email address like name@example.com' },
        { field: 'start', message: 'That time was just taken. Please choose another time.' },
        { field: '', message: 'Something about the whole request' },
      ],
      values: { name: 'Ada <b>L</b>', email: 'ada-at-example', notes: 'Line one\nLine <two>', start: '2026-12-01T13:30:00.000Z', timezone: 'Europe/Berlin' },
    })));
    const email = doc.getElementById('f-email') as HTMLInputElement;
    expect(email.value).toBe('ada-at-example');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('f-email-error');
    const emailError = doc.getElementById('f-email-error');
    expect(emailError?.textContent).toBe('Email must be an email address like name@example.com');
    expect(emailError?.closest('.field')).toBe(email.closest('.field'));
    expect((doc.getElementById('f-name') as HTMLInputElement).value).toBe('Ada <b>L</b>');
    expect((doc.getElementById('f-notes') as HTMLTextAreaElement).value).toBe('Line one\nLine <two>');
    expect(doc.querySelector<HTMLInputElement>('input[name="start"]:checked')?.value).toBe('2026-12-01T13:30:00.000Z');
    expect(doc.getElementById('slot-list-error')?.textContent).toBe('That time was just taken. Please choose another time.');
    const summary = [...doc.querySelectorAll('#notice .error-summary li')].map((item) => item.textContent);
    expect(summary).toEqual([
      'Email must be an email address like name@example.com',
      'That time was just taken. Please choose another time.',
      'Something about the whole request',
    ]);
    expect(doc.querySelector('#notice .error-summary a')?.getAttribute('href')).toBe('#f-email');
    // Fields without errors are not marked.
    expect(doc.getElementById('f-name')?.hasAttribute('aria-invalid')).toBe(false);
  });

  it('lets standard (public) pages be indexed but not secret links', () => {
    expect(parse(renderBookingPage(view())).querySelector('meta[name="robots"]')).not.toBeNull();
    expect(parse(renderBookingPage(view({ kind: 'standard' }))).querySelector('meta[name="robots"]')).toBeNull();
  });
});
