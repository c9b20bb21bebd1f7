// main: which web permissions the renderer gets. Nearly none: notifications, links out and the
// clipboard go through main, so the page itself needs no access to the OS.
import { originOf } from './origin-of.ts';

const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string, appOrigins: readonly string[]): boolean {
  if (!ALLOWED_PERMISSIONS.has(permission)) return false;
  const origin = originOf(requestingUrl);
  return origin !== null && appOrigins.some((app) => originOf(app) === origin);
}
