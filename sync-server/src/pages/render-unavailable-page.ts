// Runs on the server. The 410 page of a used, expired or revoked link: the same words whatever the
// reason, and nothing about the link, its event or other links.
import { html } from './escape-html.ts';
import { icon } from './icons.ts';
import type { UnavailablePageView } from './page-types.ts';
import { renderDocument } from './render-document.ts';
import { renderGoneMessage } from './render-gone-message.ts';

export function renderUnavailablePage(view: UnavailablePageView = {}): string {
  const body = html`<main class="page">
<div class="card single gone">
<div class="gone-mark" aria-hidden="true">${icon('calendar')}</div>
${renderGoneMessage(view.hostName, 'h1')}
</div>
</main>`;
  return renderDocument({ title: 'This link is no longer available', body });
}
