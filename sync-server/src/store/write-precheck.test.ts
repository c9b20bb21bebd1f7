// test (server): writeTransaction's precheck, on both stores. It reads committed data of the
// host on the transaction's connection, a throw ends everything before the transaction (work never
// runs, nothing is written). On SQLite, whose writes queue on one mutex, a precheck queued behind a
// write sees its commit (PostgreSQL hands out pool connections in no guaranteed order).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeLink, replicated } from '../../../core/testing/index.ts';
import { generateId, generateToken } from '../../../core/tokens/index.ts';
import { postgresTarget, sqliteTarget } from '../testing/store-targets.ts';
import { openStore } from './open-store.ts';
import type { Host, Store } from './store.ts';

describe.each([sqliteTarget(), postgresTarget()])('$name writeTransaction precheck', (target) => {
  let store: Store;
  let host: Host;
  beforeAll(() => target.setup());
  afterAll(() => target.teardown());
  beforeEach(async () => {
    store = await openStore(await target.freshDatabase());
    host = await store.createHost({ name: 'Grace Hopper', slug: `host-${generateId().slice(0, 8)}`, timezone: 'UTC', tokenHash: generateToken(32) });
  });
  afterEach(async () => { await store.close(); });

  it('refuses before the transaction: work never runs and nothing is written', async () => {
    const link = replicated(makeLink());
    await store.writeTransaction(host.id, (tx) => tx.putDoc('links', link));
    let ran = false;
    const refusal = new Error('used up');
    await expect(store.writeTransaction(host.id, async (tx) => {
      ran = true;
      return tx.putDoc('links', { ...link, note: 'changed' });
    }, {
      precheck: async (read) => {
        expect((await read.findLinkByToken(link.token))?.doc).toEqual(link);
        expect(await read.findLinkByToken('no-such-token-aaaaaaaaaaaa')).toBeNull();
        throw refusal;
      },
    })).rejects.toBe(refusal);
    expect(ran).toBe(false);
    expect((await store.getDocs(host.id, 'links', [link.id])).get(link.id)?.doc.note).toBe(link.note);
    // The store is still usable: no connection or lock was left behind.
    expect(await store.writeTransaction(host.id, (tx) => tx.consumeLinkUse(link.id, new Date().toISOString()))).toBe(true);
  });
});

describe('sqlite writeTransaction precheck, queued', () => {
  const target = sqliteTarget();
  let store: Store;
  let host: Host;
  beforeAll(async () => {
    await target.setup();
    store = await openStore(await target.freshDatabase());
    host = await store.createHost({ name: 'Grace Hopper', slug: 'queued', timezone: 'UTC', tokenHash: generateToken(32) });
  });
  afterAll(async () => {
    await store?.close();
    await target.teardown();
  });

  it('a queued precheck sees the commit of the write ahead of it', async () => {
    const link = replicated(makeLink({ maxUses: 1 }));
    await store.writeTransaction(host.id, (tx) => tx.putDoc('links', link));
    const first = store.writeTransaction(host.id, async (tx) => {
      await tx.putDoc('links', { ...link, useCount: 1 });
    });
    const seen: number[] = [];
    const second = store.writeTransaction(host.id, async () => 'ran', {
      precheck: async (read) => { seen.push((await read.findLinkByToken(link.token))?.doc.useCount ?? -1); },
    });
    await first;
    expect(await second).toBe('ran');
    expect(seen).toEqual([1]);
  });
});
