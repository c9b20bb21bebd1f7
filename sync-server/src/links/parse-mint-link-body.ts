// Runs on the server. The body of `POST /api/links` (and the CLI's create-link options, which
// become the same body), checked before anything is read from the store: which event type, and
// the link fields with the desktop's defaults filled in. Pure. Every problem names its field, an
// unknown field included, so a caller's typo is never silently ignored, and all of them in one
// answer: the link's own rules are core's validateLink's, run here on a draft of the document
// (and again by mint-link.ts on the document it stores).
import { buildNewLink, type LinkFields } from '../../../core/links/index.ts';
import type { FieldError } from '../../../core/validation/index.ts';
import { parseIsoInstant, validateLink } from '../../../core/validation/index.ts';
import { findUnstorableText } from '../app/find-unstorable-text.ts';
import { isKnownTimeZone } from '../app/known-time-zone.ts';

/** The event type a link is for: by id or by slug, exactly one of them. */
export type EventTypeRef = { id: string } | { slug: string };

export interface MintLinkInput {
  eventType: EventTypeRef;
  /** Everything but `eventTypeId`, which comes from the event type found. */
  fields: Omit<LinkFields, 'eventTypeId'>;
}

export type ParsedMintLinkBody = { ok: true; input: MintLinkInput } | { ok: false; fields: FieldError[] };

const KNOWN_FIELDS = new Set(['eventTypeId', 'eventTypeSlug', 'maxUses', 'expiresAt', 'contact', 'overrides', 'note']);
/** Longer than any stored id or slug; past it the value cannot name an event type. */
const MAX_REF_LENGTH = 200;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseRef(body: Record<string, unknown>, fields: FieldError[]): EventTypeRef | null {
  const { eventTypeId: id, eventTypeSlug: slug } = body;
  if (id !== undefined && slug !== undefined) {
    fields.push({ field: 'eventTypeSlug', message: 'give eventTypeId or eventTypeSlug, not both' });
    return null;
  }
  if (id === undefined && slug === undefined) {
    fields.push({ field: 'eventTypeId', message: 'eventTypeId or eventTypeSlug is required' });
    return null;
  }
  const [name, value] = id !== undefined ? ['eventTypeId', id] : ['eventTypeSlug', slug];
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_REF_LENGTH) {
    fields.push({ field: name, message: `must be a non-empty string of at most ${MAX_REF_LENGTH} characters` });
    return null;
  }
  return id !== undefined ? { id: value } : { slug: value };
}

/** An instant with an offset, normalized to the stored form; it must lie after `now`. */
function parseExpiry(value: unknown, now: Date, fields: FieldError[]): string | null {
  if (value === undefined || value === null) return null;
  const at = typeof value === 'string' ? parseIsoInstant(value) : null;
  if (at === null) {
    fields.push({ field: 'expiresAt', message: 'must be an ISO-8601 time with an offset, e.g. 2026-12-01T09:00:00Z, or null' });
    return null;
  }
  if (at <= now.getTime()) {
    fields.push({ field: 'expiresAt', message: 'must be in the future' });
    return null;
  }
  return new Date(at).toISOString();
}

/** `{name?, email?}`, each defaulting to '' (no contact); other keys go on for validateLink to name. */
function parseContact(value: unknown, fields: FieldError[]): LinkFields['contact'] {
  if (value === undefined || value === null) return { name: '', email: '' };
  if (!isObject(value)) {
    fields.push({ field: 'contact', message: 'must be an object {name?, email?}' });
    return { name: '', email: '' };
  }
  const trimmed = (key: 'name' | 'email') => (typeof value[key] === 'string' ? value[key].trim() : value[key] ?? '');
  return { ...value, name: trimmed('name'), email: trimmed('email') } as LinkFields['contact'];
}

export function parseMintLinkBody(body: unknown, now: Date): ParsedMintLinkBody {
  if (!isObject(body)) return { ok: false, fields: [{ field: 'body', message: 'must be a JSON object' }] };
  const fields: FieldError[] = [];
  for (const key of Object.keys(body)) {
    if (!KNOWN_FIELDS.has(key)) fields.push({ field: key.slice(0, 64), message: 'is not a field of a link request' });
  }
  // Both databases refuse NUL and lone surrogates; say where rather than fail on the write.
  const unstorable = findUnstorableText(body);
  if (unstorable !== null) fields.push({ field: unstorable.slice(0, 200), message: 'contains a character that cannot be stored' });

  const eventType = parseRef(body, fields);
  const maxUses = body['maxUses'] ?? 1;
  if (typeof maxUses !== 'number' || !Number.isInteger(maxUses)) fields.push({ field: 'maxUses', message: 'must be a whole number' });
  const expiresAt = parseExpiry(body['expiresAt'], now, fields);
  const contact = parseContact(body['contact'], fields);
  const overrides = body['overrides'] ?? {};
  if (!isObject(overrides)) fields.push({ field: 'overrides', message: 'must be an object {durationMinutes?, location?, availability?, name?}' });
  const note = body['note'] ?? '';
  if (typeof note !== 'string') fields.push({ field: 'note', message: 'must be a string' });

  const linkFields: Omit<LinkFields, 'eventTypeId'> = {
    maxUses: typeof maxUses === 'number' && Number.isInteger(maxUses) ? maxUses : 1,
    expiresAt,
    contact: isObject(contact) ? contact : { name: '', email: '' },
    overrides: (isObject(overrides) ? overrides : {}) as LinkFields['overrides'],
    note: typeof note === 'string' ? note : '',
  };
  // The fields wrong above stand in with defaults here, so each problem is named once.
  const draft = validateLink({ ...buildNewLink({ ...linkFields, eventTypeId: 'draft' }, now), _deleted: false }, isKnownTimeZone);
  if (!draft.ok) {
    const named = new Set(fields.map((f) => f.field));
    fields.push(...draft.errors.filter((f) => !named.has(f.field.split('.')[0]!)));
  }

  if (fields.length > 0 || eventType === null) return { ok: false, fields };
  return { ok: true, input: { eventType, fields: linkFields } };
}
