// Runs on the server. The time-zone choice. Without JavaScript it is a GET form that reloads the page
// with `?timezone=`; the browser script instead re-fetches the times in place, hides the button and
// shows the search box that narrows the list (zone-picker.js) and the 12 h / 24 h switch
// (clock-switch.js), which without JavaScript has nothing to switch.
//
// The list of every zone (some 400 options, most of the page's bytes) sits in a <noscript>. Without
// JavaScript it is the form's select; with JavaScript the browser keeps it as one piece of text, so
// a slow phone does not build, style and lay out 400 options it may never open, and the script
// moves them into the visible select (which holds only the page's zone) once the invitee reaches
// for it. The visible select gets its name from the script, so without JavaScript only the full
// list sends `timezone` (CSS hides the other, `scripting: none`, in browsers that know the query).
// The list's options are spliced in as bytes when the page is encoded (zone-options-slot.ts).
import { html, type SafeHtml } from './escape-html.ts';
import { icon } from './icons.ts';
import type { PageText } from './i18n/translate.ts';
import type { FieldErrorView } from './page-types.ts';
import { renderField } from './render-field.ts';
import { renderSelectedZoneOption } from './render-time-zone-options.ts';
import { ZONE_OPTIONS_SLOT } from './zone-options-slot.ts';

export function renderTimeZoneForm(zone: string, errors: readonly FieldErrorView[], text: PageText): SafeHtml {
  const selected = renderSelectedZoneOption(zone);
  return html`<form class="tz-form" id="tz-form" method="get">
${renderField({
  field: 'timezone',
  id: 'tz-select',
  label: html`${icon('globe')}${text.t('zone.label')}`,
  errors,
  text,
  control: (attributes) => html`<input type="search" id="tz-search" class="tz-search" hidden autocomplete="off" spellcheck="false" aria-label="${text.t('zone.search')}" aria-controls="tz-select" placeholder="${text.t('zone.searchPlaceholder')}">
<div class="tz-row"><select ${attributes} autocomplete="off" class="tz-select-js">${selected}</select><noscript id="tz-all"><select id="tz-select-all" name="timezone" autocomplete="off" aria-label="${text.t('zone.label')}">${ZONE_OPTIONS_SLOT}</select></noscript><button type="submit" class="button secondary" id="tz-apply">${text.t('zone.apply')}</button></div>`,
})}
<div class="clock-switch" id="clock-switch" role="group" aria-label="${text.t('clock.label')}" hidden><button type="button" class="toggle" data-cycle="h12" aria-pressed="false">${text.t('clock.h12')}</button><button type="button" class="toggle" data-cycle="h23" aria-pressed="false">${text.t('clock.h23')}</button></div>
</form>`;
}
