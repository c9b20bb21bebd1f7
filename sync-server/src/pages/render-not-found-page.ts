// Runs on the server. The 404 page of an unknown link, event or booking: says nothing about what exists.
import { html } from './escape-html.ts';
import { icon } from './icons.ts';
import { renderDocument } from './render-document.ts';

export function renderNotFoundPage(): string {
  const body = html`<main class="page">
<div class="card single gone">
<div class="gone-mark" aria-hidden="true">${icon('alert')}</div>
<h1>Page not found</h1>
<p>There is no booking page at this address. Please check that you copied the whole link, or ask the person who sent it for a new one.</p>
</div>
</main>`;
  return renderDocument({ title: 'Page not found', body });
}
