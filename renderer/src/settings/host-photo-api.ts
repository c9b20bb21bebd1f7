// renderer: the host's profile photo on the server: `PUT /api/me/photo` with the chosen file as
// the body, `DELETE /api/me/photo`, and the current photo read for the Settings preview. Like
// save-host-profile.ts: the host's token, answered at once (not queued: the booking pages show
// the photo), every outcome a value with a sentence the picker shows as it is (the server's
// own message when it refuses the file).
import { requestHostApi } from './call-host-api.ts';

export type PhotoAnswer =
  | { ok: true; photoUrl: string | null }
  | { ok: false; message: string };

export interface PhotoApiOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** The server's sentence for a refused photo: `{message}` (413, 415) or `{fields: [{message}]}` (400). */
export function refusalOf(status: number, body: unknown): string {
  const b = (body ?? {}) as { message?: unknown; fields?: unknown };
  if (typeof b.message === 'string' && b.message !== '') return b.message;
  const first = Array.isArray(b.fields) ? (b.fields[0] as { message?: unknown } | undefined) : undefined;
  if (typeof first?.message === 'string') return first.message;
  if (status === 401) return 'The server does not accept this host token. Check the connection below.';
  return `The server could not save the photo (HTTP ${status}). Try again in a moment.`;
}

/** Where this app reaches the photo: the path of its public URL on the server the app talks to. */
export function photoSourceOn(serverUrl: string, photoUrl: string): string {
  try {
    const url = new URL(photoUrl);
    return `${serverUrl}${url.pathname}${url.search}`;
  } catch {
    return `${serverUrl}${photoUrl}`;
  }
}

async function send(serverUrl: string, token: string, method: 'PUT' | 'DELETE', file: Blob | null, options: PhotoApiOptions): Promise<PhotoAnswer> {
  const payload = file ? { body: file, contentType: file.type || 'application/octet-stream' } : undefined;
  const response = await requestHostApi(serverUrl, token, method, '/api/me/photo', payload, { ...options, timeoutMs: options.timeoutMs ?? 30_000 });
  if (!response.reached) return { ok: false, message: `Cannot reach the server at ${serverUrl}: changing your photo needs a connection.` };
  if (response.status === 204) return { ok: true, photoUrl: null };
  const photoUrl = (response.body as { photoUrl?: unknown } | null)?.photoUrl;
  if (response.ok && typeof photoUrl === 'string') return { ok: true, photoUrl };
  return { ok: false, message: refusalOf(response.status, response.body) };
}

export function uploadHostPhoto(serverUrl: string, token: string, file: Blob, options: PhotoApiOptions = {}): Promise<PhotoAnswer> {
  return send(serverUrl, token, 'PUT', file, options);
}

export function removeHostPhoto(serverUrl: string, token: string, options: PhotoApiOptions = {}): Promise<PhotoAnswer> {
  return send(serverUrl, token, 'DELETE', null, options);
}

/**
 * The photo as an object URL for the preview (the app's CSP allows blob: images, not the
 * server's origin); null when it cannot be read or the environment has no object URLs.
 */
export async function loadPhotoPreview(serverUrl: string, photoUrl: string, options: PhotoApiOptions = {}): Promise<string | null> {
  if (typeof URL.createObjectURL !== 'function') return null;
  const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  try {
    const response = await fetchFn(photoSourceOn(serverUrl, photoUrl), { signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
    if (!response.ok) return null;
    return URL.createObjectURL(await response.blob());
  } catch {
    return null;
  }
}
