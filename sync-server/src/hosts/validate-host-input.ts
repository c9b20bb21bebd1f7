// Runs on the server. Checks a host's profile fields, naming the field at fault: a new host (CLI
// `create-host`) and a change of profile (`PATCH /api/me`, CLI `update-host`) pass the same
// rules, so a value one path accepts the other accepts too.
import { isPlausibleEmail } from '../../../core/validation/index.ts';
import type { FieldError } from '../../../core/validation/index.ts';
import type { HostPatch } from '../store/store.ts';
import { isKnownTimeZone } from '../app/known-time-zone.ts';

export const HOST_SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_HOST_NAME = 200;
export const MAX_HOST_SLUG = 100;

// A name is one line on a booking page and in a mail subject: no control characters at all
// (C0, DEL, C1, the Unicode line and paragraph separators).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

export interface HostInput {
  name: string;
  slug: string;
  timezone: string;
  /** '' or absent: none. */
  email?: string;
}

const PATCH_FIELDS: ReadonlySet<string> = new Set(['name', 'email', 'timezone', 'slug']);

/**
 * The fields' problems. 'create' requires name, slug and time zone; 'update' checks only the
 * fields present. Names are checked trimmed (and stored trimmed: see `normalizeHostFields`).
 */
export function validateHostInput(input: Partial<HostInput>, mode: 'create' | 'update' = 'create'): FieldError[] {
  const errors: FieldError[] = [];
  const required = mode === 'create';

  if (input.name !== undefined || required) {
    const name = input.name?.trim() ?? '';
    if (name === '') errors.push({ field: 'name', message: 'is required' });
    else if (name.length > MAX_HOST_NAME) errors.push({ field: 'name', message: `must be at most ${MAX_HOST_NAME} characters` });
    else if (CONTROL_CHARACTER.test(name)) errors.push({ field: 'name', message: 'must not contain control characters (line breaks, tabs)' });
  }

  if (input.email !== undefined) {
    const email = input.email.trim();
    if (email !== '' && !isPlausibleEmail(email)) errors.push({ field: 'email', message: 'must be an email address such as ada@example.org (or empty for none)' });
  }

  if (input.slug !== undefined || required) {
    const slug = input.slug ?? '';
    if (slug === '') errors.push({ field: 'slug', message: 'is required' });
    else if (slug.length > MAX_HOST_SLUG || !HOST_SLUG_PATTERN.test(slug)) {
      errors.push({ field: 'slug', message: `must be lowercase letters, digits and single dashes (e.g. ada-lovelace), at most ${MAX_HOST_SLUG} characters` });
    }
  }

  if (input.timezone !== undefined || required) {
    const timezone = input.timezone ?? '';
    if (timezone === '') errors.push({ field: 'timezone', message: 'is required' });
    else if (!isKnownTimeZone(timezone)) errors.push({ field: 'timezone', message: 'must be an IANA time zone such as Europe/Berlin' });
  }
  return errors;
}

/** The values as stored: the name and email trimmed, the rest as given. */
export function normalizeHostFields<T extends Partial<HostInput>>(input: T): T {
  return {
    ...input,
    ...(input.name === undefined ? {} : { name: input.name.trim() }),
    ...(input.email === undefined ? {} : { email: input.email.trim() }),
  };
}

/**
 * A `PATCH /api/me` body: an object of at most the four profile fields, each a string that
 * passes `validateHostInput`. Every bad or unknown field is named, not only the first.
 */
export function parseHostPatch(body: unknown): { ok: true; patch: HostPatch } | { ok: false; errors: FieldError[] } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: [{ field: 'body', message: 'must be a JSON object with any of name, email, timezone, slug' }] };
  }
  const errors: FieldError[] = [];
  const patch: Record<string, string> = {};
  for (const [field, value] of Object.entries(body)) {
    if (!PATCH_FIELDS.has(field)) errors.push({ field, message: 'is not a profile field (name, email, timezone, slug)' });
    else if (typeof value !== 'string') errors.push({ field, message: 'must be a string' });
    else patch[field] = value;
  }
  errors.push(...validateHostInput(patch, 'update'));
  return errors.length > 0 ? { ok: false, errors } : { ok: true, patch: normalizeHostFields(patch as HostPatch) };
}
