// Runs on the server. A plain page for answers that have no page of their own (too many attempts,
// a request too large, a fault): a heading and one sentence, in the pages' look.
import { html } from '../pages/escape-html.ts';
import { renderDocument } from '../pages/render-document.ts';

export function renderMessagePage(heading: string, text: string): string {
  const body = html`<main class="page">
<div class="card single gone">
<h1>${heading}</h1>
<p>${text}</p>
</div>
</main>`;
  return renderDocument({ title: heading, body });
}

/** Seconds an invitee's browser is told to wait while the database is away (as the API's 503). */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

export function pageForStatus(status: number): string {
  if (status === 429) return renderMessagePage('Too many attempts', 'Please wait a minute, then try again.');
  if (status === 413) return renderMessagePage('Too much text', 'What you sent is too long. Please shorten it and try again.');
  if (status === 503) return renderMessagePage('Back in a moment', 'Booking is briefly unavailable and nothing was changed. Please try again in a minute.');
  if (status >= 500) return renderMessagePage('Something went wrong', 'Nothing was changed. Please try again in a moment.');
  return renderMessagePage('That did not work', 'The request could not be understood. Please go back and try again.');
}
