// Runs on the server. Looks up what a public URL leads to, from committed data (pages and slots;
// a booking re-reads everything inside its transaction).
import { isWellFormedToken } from '../../../core/tokens/index.ts';
import type { Store } from '../store/store.ts';
import type { TargetResult } from './booking-target.ts';
import { findHostCached } from './find-host-cached.ts';
import { resolveLinkTarget, resolveStandardTarget } from './resolve-target.ts';

const SLUG_RE = /^[a-z0-9-]{1,100}$/;

/** Where a redemption must look again: the host and the link token or event type id. */
export type TargetKey = { kind: 'link'; token: string } | { kind: 'standard'; hostSlug: string; eventSlug: string };

export async function findLinkTarget(store: Store, token: string, now: Date): Promise<TargetResult> {
  if (!isWellFormedToken(token)) return { ok: false, reason: 'not_found' };
  const found = await store.findLinkByToken(token);
  if (!found) return { ok: false, reason: 'not_found' };
  const host = await findHostCached(store, found.hostId);
  if (!host) return { ok: false, reason: 'not_found' };
  const eventTypes = await store.getDocs(found.hostId, 'event_types', [found.link.doc.eventTypeId]);
  return resolveLinkTarget(host, found.link.doc, eventTypes.get(found.link.doc.eventTypeId)?.doc ?? null, now);
}

export async function findStandardTarget(store: Store, hostSlug: string, eventSlug: string): Promise<TargetResult> {
  if (!SLUG_RE.test(hostSlug) || !SLUG_RE.test(eventSlug)) return { ok: false, reason: 'not_found' };
  const host = await store.findHostBySlug(hostSlug);
  if (!host) return { ok: false, reason: 'not_found' };
  const eventType = await store.findEventTypeBySlug(host.id, eventSlug);
  return resolveStandardTarget(host, eventType?.doc ?? null);
}

export function findTarget(store: Store, key: TargetKey, now: Date): Promise<TargetResult> {
  return key.kind === 'link' ? findLinkTarget(store, key.token, now) : findStandardTarget(store, key.hostSlug, key.eventSlug);
}
