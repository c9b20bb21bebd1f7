// Runs on the server. A plain page for answers that have no page of their own (too many attempts,
// a request too large, a fault): a heading and one sentence, in the pages' look.
import { html } from '../pages/escape-html.ts';
import type { Language } from '../pages/i18n/languages.ts';
import { translate } from '../pages/i18n/translate.ts';
import { renderDocument } from '../pages/render-document.ts';

export function renderMessagePage(heading: string, text: string, lang: Language = 'en'): string {
  const body = html`<main class="page">
<div class="card single gone">
<h1>${heading}</h1>
<p>${text}</p>
</div>
</main>`;
  return renderDocument({ title: heading, body, lang });
}

/** Seconds an invitee's browser is told to wait while the database is away (as the API's 503). */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

const MESSAGES = { 429: 'tooMany', 413: 'tooLong', 503: 'busy' } as const;

/** The page of an answer with no page of its own, in the page's language (English when not known). */
export function pageForStatus(status: number, lang: Language = 'en'): string {
  const name = status in MESSAGES ? MESSAGES[status as keyof typeof MESSAGES] : status >= 500 ? 'fault' : 'bad';
  return renderMessagePage(translate(lang, `message.${name}.heading`), translate(lang, `message.${name}.text`), lang);
}
