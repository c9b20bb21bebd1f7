// @vitest-environment jsdom
// Runs in tests (server). The catalogs: every language has every key, keeps the English message's
// {{values}} and markup, and the field errors read in the page's language (server and browser alike).
import { describe, expect, it } from 'vitest';
import { describeFieldError, ERROR_PATTERNS } from '../describe-field-error.ts';
import { CATALOGS } from './catalogs.ts';
import { en } from './en.ts';
import { LANGUAGES } from './languages.ts';
import { browserMessages, pageText, translate, translateHtml } from './translate.ts';

const valuesOf = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const tagsOf = (message: string) => [...message.matchAll(/<\/?(\w+)>/g)].map((m) => m[0]);

describe('the catalogs', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))('%s has every English key, with its values and markup, and no leftover English', (language) => {
    const catalog = CATALOGS[language];
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, english] of Object.entries(en)) {
      const translated = catalog[key as keyof typeof en];
      expect(translated.trim(), key).not.toBe('');
      expect(valuesOf(translated), key).toEqual(valuesOf(english));
      expect(tagsOf(translated), key).toEqual(tagsOf(english));
    }
    const unchanged = Object.entries(en).filter(([key, english]) => catalog[key as keyof typeof en] === english && /[a-z]{3}/.test(english)).map(([key]) => key);
    // Words that are the same in both languages ('Name' in German, 'min' in French, Spanish, Portuguese).
    expect(unchanged.every((key) => ['field.name', 'duration.minutes', 'duration.hoursMinutes', 'form.optional'].includes(key)), unchanged.join(', ')).toBe(true);
  });

  it('translates with values, plurals and the English fallback', () => {
    expect(translate('de', 'slots.shownIn', { zone: 'Europe/Berlin' })).toBe('Zeiten werden in Europe/Berlin angezeigt.');
    expect(translate('en', 'duration.hours', { count: 1 })).toBe('1 hour');
    expect(translate('en', 'duration.hours', { count: 2 })).toBe('2 hours');
    expect(translate('fr', 'js.times', { count: 1 })).toBe('1 créneau libre');
    expect(translate('xx', 'form.confirm')).toBe('Confirm booking');
    expect(pageText('ja').locale).toBe('ja-JP');
  });

  it('escapes the values of markup messages, in every language', () => {
    for (const language of LANGUAGES) {
      const markup = translateHtml(language, 'booked.leadWith_html', { host: '<script>alert(1)</script>' }).markup;
      expect(markup, language).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(markup, language).not.toContain('<script>');
    }
  });

  it('sends the browser one language only: its script messages, labels, errors and places', () => {
    const messages = browserMessages('de');
    expect(messages['js.loading']).toBe(CATALOGS.de['js.loading']);
    expect(messages['field.email']).toBe('E-Mail');
    expect(messages['booked.heading']).toBeUndefined();
    expect(Object.values(messages)).not.toContain(en['js.loading']);
  });
});

describe('field errors in the page language', () => {
  const samples: Array<[string, string]> = [['name', 'must not be empty'], ['email', 'must be at most 254 characters'], ['email', 'must be an email address like name@example.com'],
    ['name', 'must not contain control characters (line breaks, tabs)'], ['timezone', 'must be an IANA time zone such as Europe/Berlin'], ['start', 'That time was just taken. Please choose another time.'],
    ['notes', 'something no pattern knows'], ['', 'The booking request must be a JSON object']];

  it('keeps English as the validators say it, with the label in front', () => {
    expect(describeFieldError('email', 'must not be empty')).toBe('Email must not be empty');
    expect(describeFieldError('start', 'That time was just taken. Please choose another time.')).toBe('That time was just taken. Please choose another time.');
  });

  it('says every message in German, with the same words in the browser', async () => {
    document.documentElement.lang = 'de';
    try {
      // The browser modules, untyped for tsc (they are checked by their own @ts-check).
      const browserModule = (name: string): Promise<unknown> => import(/* @vite-ignore */ new URL(`../${name}`, import.meta.url).href);
      const { setMessages } = (await browserModule('page-messages.js')) as { setMessages(messages: Record<string, string>, locale?: string): void };
      const feedback = (await browserModule('form-feedback.js')) as { ERROR_PATTERNS: ReadonlyArray<readonly [RegExp, string]>; describeError(field: string, message: string): string };
      setMessages(browserMessages('de'), 'de-DE');
      expect(feedback.ERROR_PATTERNS.map(([pattern, key]) => [pattern.source, key])).toEqual(ERROR_PATTERNS.map(([pattern, key]) => [pattern.source, key]));
      for (const [field, message] of samples) {
        const server = describeFieldError(field, message, pageText('de'));
        expect(server).not.toMatch(/must|That time|booking request|something/);
        expect(feedback.describeError(field, message), message).toBe(server);
      }
      expect(describeFieldError('email', 'must be at most 254 characters', pageText('de'))).toBe('E-Mail darf höchstens 254 Zeichen lang sein');
      setMessages({}, undefined);
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});
