// Runs on the server. The page at the server's root (GET /): names the product and points the host
// to the app in the browser. It says nothing about the hosts or links this server holds.
import { html } from './escape-html.ts';
import { renderDocument } from './render-document.ts';

export function renderHomePage(appPath: string): string {
  const body = html`<main class="page">
<div class="card single">
<h1>1x — one-time booking links</h1>
<p class="home-lead">This server keeps a host's event types and single-use links, and serves the booking pages invitees open.</p>
<p class="actions"><a class="button primary" href="${appPath}">Open the app</a></p>
<p class="hint">Invitees: please use the full link you were sent.</p>
</div>
</main>`;
  return renderDocument({ title: '1x — one-time booking links', body });
}
