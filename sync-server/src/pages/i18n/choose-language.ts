// Runs on the server. Which language a page is shown in: `?lang=` when the invitee just chose one
// in the switcher, else the `lang` cookie that choice set, else the browser's Accept-Language,
// else English. A cookie (not localStorage) because the server renders the page, with or
// without JavaScript.
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages.ts';

export const LANGUAGE_COOKIE = 'lang';
const YEAR_SECONDS = 365 * 24 * 3600;

/** 'de-CH;q=0.9' → 'de'. Languages in the order of their q values (ties keep the header's order). */
export function languageFromAcceptLanguage(header: string | undefined): Language | null {
  if (!header) return null;
  const ranked = header.slice(0, 1000).split(',').map((part, index) => {
    const [tag = '', ...params] = part.trim().split(';');
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find((value) => value !== undefined);
    return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
  });
  ranked.sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.find((entry) => entry.q > 0 && isLanguage(entry.primary))?.primary as Language | undefined ?? null;
}

/** The `lang` cookie's value, if it names one of our languages. */
export function languageFromCookie(header: string | undefined): Language | null {
  if (!header) return null;
  for (const pair of header.split(';')) {
    const [name, value] = pair.trim().split('=');
    if (name === LANGUAGE_COOKIE && isLanguage(value)) return value;
  }
  return null;
}

export interface LanguageRequest {
  /** `?lang=` as sent (anything). */
  asked: unknown;
  cookie: string | undefined;
  acceptLanguage: string | undefined;
}

export function chooseLanguage({ asked, cookie, acceptLanguage }: LanguageRequest): Language {
  if (isLanguage(asked)) return asked;
  return languageFromCookie(cookie) ?? languageFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LANGUAGE;
}

/** The Set-Cookie value that remembers a choice made in the switcher, for every page of this site. */
export function languageCookie(language: Language): string {
  return `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${YEAR_SECONDS}; SameSite=Lax`;
}
