// Runs on the server. The 410 page of a used, expired or revoked link: the same words whatever the
// reason, and nothing about the link, its event or other links.
import { html } from './escape-html.ts';
import { pageText } from './i18n/translate.ts';
import { icon } from './icons.ts';
import { ASSET_URLS } from './page-assets.ts';
import type { UnavailablePageView } from './page-types.ts';
import { renderDocument } from './render-document.ts';
import { renderGoneMessage } from './render-gone-message.ts';
import { renderLanguageSwitch } from './render-language-switch.ts';

export function renderUnavailablePage(view: UnavailablePageView = {}): string {
  const text = pageText(view.lang);
  const body = html`<main class="page">
<div class="card single gone">
<div class="gone-mark" aria-hidden="true">${icon('calendar')}</div>
${renderGoneMessage(view.hostName, 'h1', text)}
<p id="gone-own-booking" hidden>${text.t('gone.ownBooking')} <a href="#">${text.t('gone.viewBooking')}</a></p>
</div>
${renderLanguageSwitch(text)}
</main>`;
  // The script shows #gone-own-booking when this browser booked with the link (gone-page.js).
  return renderDocument({ title: text.t('gone.heading'), body, lang: text.lang, script: ASSET_URLS.goneScript });
}
