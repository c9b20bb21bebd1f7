// Runs on the server. The language switcher under the invitee's GET pages: one link per language,
// each named in its own words, `?lang=xx` on the page itself (the route remembers the choice in
// a cookie, choose-language.ts). Only pages a GET can show again carry it: not the answer to a post.
import { html, type SafeHtml } from './escape-html.ts';
import { LANGUAGES, NATIVE_NAME } from './i18n/languages.ts';
import type { PageText } from './i18n/translate.ts';

export function renderLanguageSwitch(text: PageText): SafeHtml {
  const links = LANGUAGES.map((language) => language === text.lang
    ? html`<li><a href="?lang=${language}" lang="${language}" hreflang="${language}" aria-current="true">${NATIVE_NAME[language]}</a></li>`
    : html`<li><a href="?lang=${language}" lang="${language}" hreflang="${language}">${NATIVE_NAME[language]}</a></li>`);
  return html`<nav class="lang-switch" id="lang-switch" aria-label="${text.t('lang.label')}"><ul>${links}</ul></nav>`;
}
