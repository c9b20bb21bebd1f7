// test: helpers for sync tests in Node: a fresh in-memory app database and waits with a deadline.
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, expect } from 'vitest';
import { filter, firstValueFrom, timeout, type Observable } from 'rxjs';
import type { EventTypeDoc, LinkDoc } from '../../../../core/schemas/index.ts';
import { makeEventType, makeLink, replicated } from '../../../../core/testing/fixtures.ts';
import { hostClient } from '../../../../sync-server/src/testing/http-client.ts';
import type { AppDatabase } from '../../db/app-database-types.ts';
import { createAppDatabase } from '../../db/create-database.ts';
import { uniqueDatabaseName } from '../../db/testing/unique-database-name.ts';
import type { BackoffPolicy, SyncController, SyncState } from '../sync-types.ts';

/** Retries within a fraction of a second, so tests of outages stay short. */
export const FAST_BACKOFF: BackoffPolicy = { initialMs: 100, maxMs: 400 };

export function openTestDatabase(): Promise<AppDatabase> {
  return createAppDatabase({ name: uniqueDatabaseName('sync'), storage: getRxStorageMemory(), devMode: true });
}

/** The first value of `source` that passes `check`; rejects after `ms` naming `what`. */
export function waitForValue<T>(source: Observable<T>, check: (value: T) => boolean, what: string, ms = 10_000): Promise<T> {
  return firstValueFrom(source.pipe(
    filter(check),
    timeout({ first: ms, with: () => { throw new Error(`timed out after ${ms} ms waiting for ${what}`); } }),
  ));
}

export function waitForState(sync: SyncController, check: (state: SyncState) => boolean, what: string, ms = 10_000): Promise<SyncState> {
  return waitForValue(sync.state$, check, `sync state: ${what} (last: ${JSON.stringify(sync.getState())})`, ms);
}

/** Polls `check` (a test-side wait, not the client's behaviour) until it holds. */
export async function waitUntil(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * What a test set up and must take down (databases, replications, servers, folders): push a
 * cleanup as each is made; after every test they run, latest first.
 */
export function useCleanups(): (() => Promise<void>)[] {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return cleanups;
}

/** Puts an event type and `count` links to it on the server for `token`'s host, through the push endpoints (500 a request). */
export async function pushEventTypeWithLinks(baseUrl: string, token: string, count: number): Promise<{ eventType: EventTypeDoc; links: LinkDoc[] }> {
  const eventType = makeEventType();
  const links = Array.from({ length: count }, (_, i) => makeLink({ eventTypeId: eventType.id, note: `link ${i}` }));
  const api = hostClient(baseUrl, token);
  expect((await api.post('/sync/event_types/push', [{ newDocumentState: replicated(eventType) }])).body).toEqual([]);
  for (let i = 0; i < links.length; i += 500) {
    expect((await api.post('/sync/links/push', links.slice(i, i + 500).map((l) => ({ newDocumentState: replicated(l) })))).body).toEqual([]);
  }
  return { eventType, links };
}
