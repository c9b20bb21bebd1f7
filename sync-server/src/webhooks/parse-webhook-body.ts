// Runs on the server. POST /api/webhooks {url, events}: the shape, before any address is looked up.
// A URL must be absolute http(s), without credentials (they would sit in the database in clear
// and travel in every delivery's logs); events are names from the contract, at least one, no repeats.
import { isStorableText } from '../../../core/validation/index.ts';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../outbox/outbox-payloads.ts';

export interface FieldError {
  field: string;
  message: string;
}

export type ParsedWebhookBody = { ok: true; url: URL; events: WebhookEventType[] } | { ok: false; fields: FieldError[] };

const MAX_URL_LENGTH = 2000;

export function parseWebhookBody(body: unknown): ParsedWebhookBody {
  const fields: FieldError[] = [];
  const input = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  let url: URL | null = null;
  const raw = input.url;
  if (typeof raw !== 'string' || raw.trim() === '') fields.push({ field: 'url', message: 'is required: the http(s) URL that receives the events' });
  else if (raw.length > MAX_URL_LENGTH || !isStorableText(raw)) fields.push({ field: 'url', message: `must be a URL of at most ${MAX_URL_LENGTH} characters` });
  else {
    try {
      url = new URL(raw.trim());
    } catch {
      fields.push({ field: 'url', message: 'is not a valid URL (e.g. https://example.org/hooks/1x)' });
    }
    if (url && url.protocol !== 'http:' && url.protocol !== 'https:') {
      fields.push({ field: 'url', message: 'must start with https:// or http://' });
      url = null;
    } else if (url && (url.username !== '' || url.password !== '')) {
      fields.push({ field: 'url', message: 'must not carry a user name or password; the signature proves the sender' });
      url = null;
    }
  }
  const events = input.events;
  if (!Array.isArray(events) || events.length === 0) {
    fields.push({ field: 'events', message: `must list at least one of ${WEBHOOK_EVENT_TYPES.join(', ')}` });
  } else {
    const unknown = events.filter((e) => typeof e !== 'string' || !(WEBHOOK_EVENT_TYPES as readonly string[]).includes(e));
    if (unknown.length > 0) fields.push({ field: 'events', message: `may hold only ${WEBHOOK_EVENT_TYPES.join(', ')}` });
    else if (new Set(events).size !== events.length) fields.push({ field: 'events', message: 'names an event twice' });
  }
  if (fields.length > 0 || !url) return { ok: false, fields };
  return { ok: true, url, events: events as WebhookEventType[] };
}
