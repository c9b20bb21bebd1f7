// Runs in tests (server). Which language a page is shown in: ?lang=, then the cookie, then
// Accept-Language (by q value), then English.
import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageCookie, languageFromAcceptLanguage, languageFromCookie } from './choose-language.ts';

describe('chooseLanguage', () => {
  it.each([
    ['de-DE,de;q=0.9,en;q=0.8', 'de'],
    ['ja', 'ja'],
    ['pt-BR', 'pt'],
    ['en-GB;q=0.5, fr-CA;q=0.9', 'fr'],
    ['ko-KR, xx;q=0.5', null],
    ['ko-KR, es;q=0.2', 'es'],
    ['de;q=0, en', 'en'],
    ['*', null],
    ['', null],
  ])('reads Accept-Language %j as %s', (header, expected) => {
    expect(languageFromAcceptLanguage(header)).toBe(expected);
  });

  it('prefers ?lang=, then the cookie, then the header, then English', () => {
    expect(chooseLanguage({ asked: 'ja', cookie: 'lang=de', acceptLanguage: 'fr' })).toBe('ja');
    expect(chooseLanguage({ asked: 'xx', cookie: 'a=1; lang=de', acceptLanguage: 'fr' })).toBe('de');
    expect(chooseLanguage({ asked: ['de'], cookie: 'lang=zz', acceptLanguage: 'fr' })).toBe('fr');
    expect(chooseLanguage({ asked: undefined, cookie: undefined, acceptLanguage: 'ko' })).toBe('en');
  });

  it('reads only our own cookie and languages', () => {
    expect(languageFromCookie('xlang=de; lang=es')).toBe('es');
    expect(languageFromCookie('lang=<script>')).toBeNull();
    expect(languageCookie('pt')).toBe('lang=pt; Path=/; Max-Age=31536000; SameSite=Lax');
  });
});
