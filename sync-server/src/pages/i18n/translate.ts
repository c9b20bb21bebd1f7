// Runs on the server. The pages' (and, for the outbox, the emails') words: one i18next instance over
// every catalog, loaded synchronously at start. `translate` gives plain text (the caller escapes,
// as the `html` template does); `translateHtml` gives markup for the few `_html` keys, with every
// value escaped first, so an invitee's or host's name can never become markup.
import { createInstance, type TOptions } from 'i18next';
import { escapeHtml, SafeHtml } from '../escape-html.ts';
import { CATALOGS } from './catalogs.ts';
import type { MessageKey, TextKey } from './en.ts';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, LOCALE_OF, type Language } from './languages.ts';

export type TranslateVars = Readonly<Record<string, string | number>>;

const i18n = createInstance();
void i18n.init({
  resources: Object.fromEntries(LANGUAGES.map((language) => [language, { translation: CATALOGS[language] }])),
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  // Keys are flat ('form.confirm'): no nesting, no namespaces in them.
  keySeparator: false,
  nsSeparator: false,
  // Escaping is the page template's job (and wrong for emails); translateHtml escapes itself.
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

// A page asks for the same few dozen messages on every view, and i18next's lookup was a large
// share of building one: messages are kept, per language. Those without values are bounded by the
// catalogs (keys are our own, never an invitee's); those with values (a host's name, a zone, a
// duration) repeat across a host's pages, and are bounded by count.
const fixedMessages = new Map<string, string>();
const filledMessages = new Map<string, string>();
const MAX_FILLED_MESSAGES = 5_000;

/** A message in a language ('en' for anything unknown); `count` picks the plural form. */
export function translate(lang: string, key: TextKey, vars?: TranslateVars): string {
  const language = isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  const filled = vars !== undefined && Object.keys(vars).length > 0;
  const kept = filled ? `${language}:${key}:${JSON.stringify(vars)}` : `${language}:${key}`;
  const messages = filled ? filledMessages : fixedMessages;
  let message = messages.get(kept);
  if (message === undefined) {
    message = i18n.t(key, { ...vars, lng: language } as TOptions);
    if (filled && messages.size >= MAX_FILLED_MESSAGES) messages.clear();
    messages.set(kept, message);
  }
  return message;
}

/** An `_html` message as markup; its values are escaped. */
export function translateHtml(lang: string, key: MessageKey & `${string}_html`, vars: TranslateVars = {}): SafeHtml {
  const escaped = Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, escapeHtml(String(value))]));
  return new SafeHtml(translate(lang, key, escaped));
}

/** What a page renderer carries: its language, the locale for Intl, and `t` bound to the language. */
export interface PageText {
  lang: Language;
  locale: string;
  t(key: TextKey, vars?: TranslateVars): string;
  tHtml(key: MessageKey & `${string}_html`, vars?: TranslateVars): SafeHtml;
}

const texts = new Map<Language, PageText>();

export function pageText(lang: Language = DEFAULT_LANGUAGE): PageText {
  let text = texts.get(lang);
  if (!text) {
    text = { lang, locale: LOCALE_OF[lang], t: (key, vars) => translate(lang, key, vars), tHtml: (key, vars) => translateHtml(lang, key, vars) };
    texts.set(lang, text);
  }
  return text;
}

/** What the booking page's script says itself: its own `js.` messages, field labels, error sentences, places. */
const BROWSER_PREFIXES = ['js.', 'field.', 'error.', 'location.'];

const browserCatalogs = new Map<Language, Readonly<Record<string, string>>>();

/** The messages of one language the browser needs (only that language's go to the page; plural forms by suffix). */
export function browserMessages(lang: Language): Readonly<Record<string, string>> {
  let messages = browserCatalogs.get(lang);
  if (!messages) {
    const picked: Record<string, string> = {};
    for (const [key, value] of Object.entries(CATALOGS[lang])) if (BROWSER_PREFIXES.some((prefix) => key.startsWith(prefix))) picked[key] = value;
    messages = Object.freeze(picked);
    browserCatalogs.set(lang, messages);
  }
  return messages;
}
