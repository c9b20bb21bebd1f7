// Runs on the server. What a used, expired or revoked link says. Deliberately the same words for
// every reason, and nothing about the host beyond the name the page already showed.
import { html, type SafeHtml } from './escape-html.ts';

export function renderGoneMessage(hostName: string | undefined, headingTag: 'h1' | 'h2'): SafeHtml {
  const who = hostName?.trim() ? hostName.trim() : 'the person who sent it to you';
  const heading = 'This link is no longer available';
  return html`${headingTag === 'h1' ? html`<h1 id="gone-heading">${heading}</h1>` : html`<h2 id="gone-heading">${heading}</h2>`}
<p>It may have been used already, or it has expired or been withdrawn.</p>
<p>Please ask ${who} for a new link.</p>`;
}
