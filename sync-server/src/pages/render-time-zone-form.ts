// Runs on the server. The time-zone choice. Without JavaScript it is a GET form that reloads the page
// with `?timezone=`; the browser script instead re-fetches the times in place, hides the button and
// shows the search box that narrows the list (zone-picker.js) and the 12 h / 24 h switch
// (clock-switch.js), which without JavaScript has nothing to switch.
import { html, type SafeHtml } from './escape-html.ts';
import { icon } from './icons.ts';
import type { FieldErrorView } from './page-types.ts';
import { renderField } from './render-field.ts';
import { renderTimeZoneOptions } from './render-time-zone-options.ts';

export function renderTimeZoneForm(zone: string, errors: readonly FieldErrorView[]): SafeHtml {
  const options = renderTimeZoneOptions(zone);
  return html`<form class="tz-form" id="tz-form" method="get">
${renderField({
  field: 'timezone',
  id: 'tz-select',
  label: html`${icon('globe')}Time zone`,
  errors,
  control: (attributes) => html`<input type="search" id="tz-search" class="tz-search" hidden autocomplete="off" spellcheck="false" aria-label="Search time zones" aria-controls="tz-select" placeholder="Search a city, zone or UTC offset">
<div class="tz-row"><select ${attributes} name="timezone" autocomplete="off">${options}</select><button type="submit" class="button secondary" id="tz-apply">Show times</button></div>`,
})}
<div class="clock-switch" id="clock-switch" role="group" aria-label="Time format" hidden><button type="button" class="toggle" data-cycle="h12" aria-pressed="false">12h</button><button type="button" class="toggle" data-cycle="h23" aria-pressed="false">24h</button></div>
</form>`;
}
