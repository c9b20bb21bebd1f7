// Runs on the server. What a public URL leads to, from committed data: the one read behind
// pages, slots and redemptions (redeem/redeem-booking.ts, step 1).
import { isWellFormedToken } from '../../../core/tokens/index.ts';
import type { Store } from '../store/store.ts';
import type { TargetResult } from './booking-target.ts';
import { resolveLinkTarget, resolveStandardTarget } from './resolve-target.ts';

const SLUG_RE = /^[a-z0-9-]{1,100}$/;

/** What a public URL names: a link token, or a host's event type through its standard link. */
export type TargetKey = { kind: 'link'; token: string } | { kind: 'standard'; hostSlug: string; eventSlug: string };

async function findLinkTarget(store: Store, token: string, now: Date): Promise<TargetResult> {
  if (!isWellFormedToken(token)) return { ok: false, reason: 'not_found' };
  const found = await store.findLinkByToken(token);
  return found ? resolveLinkTarget(found, now) : { ok: false, reason: 'not_found' };
}

async function findStandardTarget(store: Store, hostSlug: string, eventSlug: string): Promise<TargetResult> {
  if (!SLUG_RE.test(hostSlug) || !SLUG_RE.test(eventSlug)) return { ok: false, reason: 'not_found' };
  const host = await store.findHostBySlug(hostSlug);
  if (!host) return { ok: false, reason: 'not_found' };
  return resolveStandardTarget(host, await store.findEventTypeBySlug(host.id, eventSlug));
}

export function findTarget(store: Store, key: TargetKey, now: Date): Promise<TargetResult> {
  return key.kind === 'link' ? findLinkTarget(store, key.token, now) : findStandardTarget(store, key.hostSlug, key.eventSlug);
}
