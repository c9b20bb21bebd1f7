// renderer: "Save profile": one PATCH /api/me with the host's token, answered at once. Not the
// sync client: that one retries until it succeeds, and a profile change is not queued (it
// needs the server now: a slug can be taken, and the booking pages must show the new name).
// Every outcome says which field is at fault, or why nothing was saved.
import { isHostProfile, profileOf, type HostProfile } from '../session/host-profile.ts';

export type ProfileField = 'name' | 'email' | 'timezone' | 'slug';

export interface ProfileChange {
  name: string;
  email: string;
  timezone: string;
  slug: string;
}

export type ProfileSave =
  | { ok: true; profile: HostProfile }
  /** The server refused fields (400), or the slug is taken (409): messages by field. */
  | { ok: false; problem: 'invalid'; fields: Partial<Record<ProfileField, string>>; message: string | null }
  /** No answer: offline or the server is down. Nothing was saved. */
  | { ok: false; problem: 'unreachable' | 'unauthorized' | 'server'; message: string };

const FIELD_LABELS: Record<ProfileField, string> = { name: 'Name', email: 'Email', timezone: 'Time zone', slug: 'Booking-page address' };

function isProfileField(field: unknown): field is ProfileField {
  return field === 'name' || field === 'email' || field === 'timezone' || field === 'slug';
}

/** `{error, fields: [{field, message}]}` as messages for the form's fields; others become one sentence. */
function fieldsOf(body: unknown): { fields: Partial<Record<ProfileField, string>>; message: string | null } {
  const fields: Partial<Record<ProfileField, string>> = {};
  const others: string[] = [];
  const list = (body as { fields?: unknown } | null)?.fields;
  for (const item of Array.isArray(list) ? list : []) {
    const { field, message } = (item ?? {}) as { field?: unknown; message?: unknown };
    const text = typeof message === 'string' ? message : 'is not accepted';
    if (isProfileField(field)) fields[field] = `${FIELD_LABELS[field]} ${text}`;
    else others.push(`${String(field)} ${text}`);
  }
  return { fields, message: others.length > 0 ? `The server refused: ${others.join('; ')}` : null };
}

export async function saveHostProfile(serverUrl: string, token: string, change: ProfileChange, options: { fetch?: typeof fetch; timeoutMs?: number } = {}): Promise<ProfileSave> {
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  let body: unknown;
  try {
    response = await fetchFn(`${serverUrl}/api/me`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(change),
      cache: 'no-store',
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    body = await response.json().catch(() => null);
  } catch {
    return { ok: false, problem: 'unreachable', message: `Cannot reach the server at ${serverUrl}: saving your profile needs a connection. Nothing was changed; your entries are kept.` };
  }
  if (response.ok && isHostProfile(body)) return { ok: true, profile: profileOf(body) };
  if (response.status === 409) {
    return { ok: false, problem: 'invalid', fields: { slug: `${FIELD_LABELS.slug} "${change.slug}" is taken by another host; choose another.` }, message: null };
  }
  if (response.status === 400) return { ok: false, problem: 'invalid', ...fieldsOf(body) };
  if (response.status === 401) return { ok: false, problem: 'unauthorized', message: 'The server does not accept this host token. Check the connection below.' };
  return { ok: false, problem: 'server', message: `The server could not save your profile (HTTP ${response.status}). Try again in a moment; your entries are kept.` };
}
