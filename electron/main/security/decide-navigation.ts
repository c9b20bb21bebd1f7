// main: what to do when the page tries to navigate or open a window.
import { parseAllowedExternalUrl } from '../../contract/is-allowed-external-url.ts';
import { originOf } from './origin-of.ts';

export type NavigationDecision =
  | { action: 'allow' }
  | { action: 'open-external'; url: string }
  | { action: 'deny' };

/**
 * In-app navigation (same origin as the UI) is allowed; http(s)/mailto links leave the app for the
 * OS browser or mail client; everything else (file:, javascript:, custom schemes) is denied.
 */
export function decideNavigation(targetUrl: string, appOrigins: readonly string[]): NavigationDecision {
  const origin = originOf(targetUrl);
  if (origin !== null && appOrigins.some((app) => originOf(app) === origin)) return { action: 'allow' };
  const external = parseAllowedExternalUrl(targetUrl);
  return external === null ? { action: 'deny' } : { action: 'open-external', url: external };
}
