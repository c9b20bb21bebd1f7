// test (server): the cached time-zone options render exactly what building them per page did.
import { describe, expect, it } from 'vitest';
import { html } from './escape-html.ts';
import { listTimeZones } from './format-in-zone.ts';
import { renderTimeZoneOptions } from './render-time-zone-options.ts';

function naive(selected: string, alsoOffer: readonly string[]): string {
  return html`${listTimeZones([selected, ...alsoOffer, 'UTC']).map((name) => html`<option value="${name}"${name === selected && html` selected`}>${name.replace(/_/g, ' ')}</option>`)}`.markup;
}

describe('renderTimeZoneOptions', () => {
  it.each([
    ['Europe/Berlin', ['Europe/Berlin', 'America/New_York']],
    ['UTC', ['UTC']],
    ['America/Argentina/Buenos_Aires', ['America/Argentina/Buenos_Aires', 'Asia/Tokyo']],
    // An alias Intl accepts but may not list, as the invitee's zone and as the host's.
    ['Asia/Calcutta', ['Asia/Calcutta', 'US/Pacific']],
    ['Europe/Paris', ['Europe/Paris', 'Not/A_Zone']],
  ])('selects %s and offers %j like the per-page list', (selected, alsoOffer) => {
    const markup = renderTimeZoneOptions(selected, alsoOffer).markup;
    expect(markup).toBe(naive(selected, alsoOffer));
    expect(markup.split(' selected>').length).toBe(2);
  });

  it('does not let one page\'s selection leak into the next', () => {
    renderTimeZoneOptions('Asia/Tokyo', ['Asia/Tokyo']);
    const next = renderTimeZoneOptions('Europe/London', ['Europe/London']).markup;
    expect(next).toContain('<option value="Asia/Tokyo">');
    expect(next).toContain('<option value="Europe/London" selected>');
  });
});
