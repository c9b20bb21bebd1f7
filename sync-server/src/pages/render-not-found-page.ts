// Runs on the server. The 404 page of an unknown link, event or booking: says nothing about what exists.
import { html } from './escape-html.ts';
import type { Language } from './i18n/languages.ts';
import { pageText } from './i18n/translate.ts';
import { icon } from './icons.ts';
import { renderDocument } from './render-document.ts';
import { renderLanguageSwitch } from './render-language-switch.ts';

export function renderNotFoundPage(lang?: Language): string {
  const text = pageText(lang);
  const body = html`<main class="page">
<div class="card single gone">
<div class="gone-mark" aria-hidden="true">${icon('alert')}</div>
<h1>${text.t('notFound.heading')}</h1>
<p>${text.t('notFound.text')}</p>
</div>
${renderLanguageSwitch(text)}
</main>`;
  return renderDocument({ title: text.t('notFound.heading'), body, lang: text.lang });
}
