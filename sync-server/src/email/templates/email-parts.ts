// Runs on the server. The pieces every email template shares: the rendered message's shape, the
// time as the reader's zone shows it, the place, and the HTML frame. HTML goes through the pages'
// `html` tag, which escapes every interpolated value, so a name like `<script>` arrives as text.
import type { MeetingLocation } from '../../../../core/schemas/index.ts';
import { html, type SafeHtml } from '../../pages/escape-html.ts';
import { formatWhen, safeTimeZone } from '../../pages/format-in-zone.ts';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** 'Thursday, December 3, 2026, 9:00 – 9:30 AM (Europe/Berlin)' */
export function whenIn(start: string, end: string, zone: string): string {
  const safe = safeTimeZone(zone);
  return `${formatWhen(start, end, safe)} (${safe})`;
}

const LOCATION_LABELS: Record<MeetingLocation['kind'], string> = { video: 'Video call', phone: 'Phone call', in_person: 'In person', custom: 'Location', none: '' };

/** 'Video call: https://…', 'In person: 1 Main St', or '' when there is no place. */
export function placeOf(location: MeetingLocation): string {
  const label = LOCATION_LABELS[location.kind];
  const details = location.details.trim();
  if (label === '') return details;
  return details === '' ? label : `${label}: ${details}`;
}

/** Lines of "Label: value", skipping empty values. */
export function factLines(facts: readonly (readonly [string, string])[]): string {
  return facts.filter(([, value]) => value !== '').map(([label, value]) => `${label}: ${value}`).join('\n');
}

export function factTable(facts: readonly (readonly [string, string])[]): SafeHtml {
  const rows = facts.filter(([, value]) => value !== '').map(([label, value]) => html`<tr><th align="left" style="padding:4px 12px 4px 0;color:#555">${label}</th><td style="padding:4px 0">${value}</td></tr>`);
  return html`<table role="presentation" style="border-collapse:collapse">${rows}</table>`;
}

export function frame(heading: string, body: SafeHtml): string {
  return html`<!doctype html><html><head><meta charset="utf-8"><title>${heading}</title></head><body style="font-family:system-ui,sans-serif;color:#111;max-width:560px;margin:0 auto;padding:16px"><h1 style="font-size:20px">${heading}</h1>${body}<p style="color:#777;font-size:12px">Sent by 1x.</p></body></html>`.markup;
}
