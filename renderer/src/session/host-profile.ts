// renderer: who the host is (GET /api/me), kept locally so the app opens offline with the
// host's name, zone and database without asking the server first.
import { normalizeServerUrl } from '../sync/check-sync-target.ts';

export interface HostProfile {
  hostId: string;
  name: string;
  slug: string;
  timezone: string;
  /** Where the host's notices go ('' = none); absent from servers that predate it. */
  email?: string;
  /** Base of invitee URLs (the server's PUBLIC_URL); absent from servers that predate it. */
  publicUrl?: string;
  /** The host's profile photo (PUBLIC_URL/h/SLUG/photo?v=…), null when none; absent from servers that predate it. */
  photoUrl?: string | null;
}

export interface CachedProfile extends HostProfile {
  /** The server the profile came from: another server means another host. */
  serverUrl: string;
}

export const PROFILE_KEY = 'onetime-scheduler.host-profile.v1';

export function isHostProfile(value: unknown): value is HostProfile {
  const v = value as Record<string, unknown> | null;
  return (
    typeof v === 'object' && v !== null &&
    typeof v.hostId === 'string' && v.hostId !== '' &&
    typeof v.name === 'string' &&
    typeof v.slug === 'string' &&
    typeof v.timezone === 'string' &&
    (v.email === undefined || typeof v.email === 'string') &&
    (v.publicUrl === undefined || isServerUrl(v.publicUrl)) &&
    (v.photoUrl === undefined || v.photoUrl === null || typeof v.photoUrl === 'string')
  );
}

function isServerUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    normalizeServerUrl(value);
    return true;
  } catch {
    return false;
  }
}

/** Only the profile's own fields (an answer or a cached record may carry more). */
export function profileOf(value: HostProfile): HostProfile {
  const { hostId, name, slug, timezone, email, publicUrl, photoUrl } = value;
  return {
    hostId, name, slug, timezone,
    ...(email === undefined ? {} : { email }), ...(publicUrl === undefined ? {} : { publicUrl }), ...(photoUrl === undefined ? {} : { photoUrl }),
  };
}

/** Where invitees open links: the server's PUBLIC_URL, else the address the app syncs with. */
export function publicBaseOf(profile: HostProfile, serverUrl: string): string {
  return normalizeServerUrl(profile.publicUrl ?? serverUrl);
}

export function readCachedProfile(storage: Storage | null, serverUrl: string): HostProfile | null {
  try {
    const raw = storage?.getItem(PROFILE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<CachedProfile>;
    if (parsed.serverUrl !== serverUrl || !isHostProfile(parsed)) return null;
    return profileOf(parsed);
  } catch {
    return null;
  }
}

export function writeCachedProfile(storage: Storage | null, serverUrl: string, profile: HostProfile): void {
  try {
    storage?.setItem(PROFILE_KEY, JSON.stringify({ ...profile, serverUrl }));
  } catch {
    // Storage full or switched off: the app then asks the server at the next start.
  }
}

/** The IndexedDB name of one host's data: one database per host, never shared. */
export function databaseNameFor(profile: HostProfile): string {
  return `host-${profile.hostId.toLowerCase().replace(/[^a-z0-9_-]/g, '')}`;
}
