// Runs on the server. What a used, expired or revoked link says. Deliberately the same words for
// every reason, and nothing about the host beyond the name the page already showed.
import { html, type SafeHtml } from './escape-html.ts';
import { pageText, type PageText } from './i18n/translate.ts';

export function renderGoneMessage(hostName: string | undefined, headingTag: 'h1' | 'h2', text: PageText = pageText()): SafeHtml {
  const host = hostName?.trim() ?? '';
  const heading = text.t('gone.heading');
  return html`${headingTag === 'h1' ? html`<h1 id="gone-heading">${heading}</h1>` : html`<h2 id="gone-heading">${heading}</h2>`}
<p>${text.t('gone.reason')}</p>
<p>${host ? text.t('gone.askHost', { host }) : text.t('gone.askSender')}</p>
<p>${text.t('gone.findBooking')}</p>`;
}
