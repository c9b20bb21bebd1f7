// test (server, SQLite): group commit. Transactions queued together run serially inside one
// BEGIN IMMEDIATE … COMMIT, each in its own savepoint: a failing one leaves the others' writes,
// later ones see earlier ones' writes, nobody hears an outcome before the COMMIT, and commit
// listeners hear once per host per group. Against a real SQLite file, read back through a second
// store (another connection) to prove the writes are committed.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeLink, replicated } from '../../../../core/testing/index.ts';
import { sqliteTarget } from '../../testing/store-targets.ts';
import { useStoreWithHost } from '../../testing/use-store-with-host.ts';
import type { ChangeNotice, Host, Store } from '../store.ts';

describe('sqlite group commit', () => {
  const env = useStoreWithHost(sqliteTarget());
  const { open } = env;
  let store: Store;
  let host: Host;
  beforeEach(() => ({ store, host } = env));

  it('one failing transaction in a group rolls back alone; the others commit with consecutive seqs', async () => {
    const links = Array.from({ length: 5 }, () => replicated(makeLink()));
    const notices: ChangeNotice[] = [];
    store.onCommit((notice) => notices.push(notice));
    const boom = new Error('this one fails after writing');
    const outcomes = await Promise.allSettled(links.map((link, i) => store.writeTransaction(host.id, async (tx) => {
      const seq = await tx.putDoc('links', link);
      if (i === 2) throw boom;
      return seq;
    })));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((outcomes[2] as PromiseRejectedResult).reason).toBe(boom);
    const seqs = outcomes.filter((o): o is PromiseFulfilledResult<number> => o.status === 'fulfilled').map((o) => o.value);
    // The failed one's seq was rolled back with it: no gap in what a pull sees.
    expect(seqs).toEqual([seqs[0], seqs[0]! + 1, seqs[0]! + 2, seqs[0]! + 3]);
    // One group, one notice for the host.
    expect(notices).toEqual([{ hostId: host.id, collections: ['links'] }]);

    const other = await open();
    try {
      const stored = await other.getDocs(host.id, 'links', links.map((link) => link.id));
      expect([...stored.keys()].sort()).toEqual([links[0]!.id, links[1]!.id, links[3]!.id, links[4]!.id].sort());
      const pulled = await other.pull(host.id, 'links', null, 100);
      expect(pulled.documents.map((doc) => doc.id)).toEqual([links[0]!.id, links[1]!.id, links[3]!.id, links[4]!.id]);
      // The group wrote the host's counter back once, at its last seq: the next write goes on from there.
      expect(await other.writeTransaction(host.id, (tx) => tx.putDoc('links', replicated(makeLink())))).toBe(seqs[3]! + 1);
    } finally {
      await other.close();
    }
  });

  it('a later member sees the earlier ones: only the first of a group can take a single use', async () => {
    const link = replicated(makeLink({ maxUses: 1 }));
    await store.writeTransaction(host.id, (tx) => tx.putDoc('links', link));
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => store.writeTransaction(host.id, async (tx) => {
      // Read, check, write: a member that ran before on the same link has left it used up.
      const stored = (await tx.getDocs('links', [link.id])).get(link.id)!.doc;
      if (stored.useCount >= stored.maxUses) return false;
      await tx.putDoc('links', { ...stored, useCount: stored.useCount + 1 });
      return true;
    })));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(outcomes[0]).toBe(true);
  });

  it('nobody hears an outcome before the group has committed', async () => {
    const links = Array.from({ length: 3 }, () => replicated(makeLink()));
    const other = await open();
    try {
      const seenAtResolve = await Promise.all(links.map((link) => store.writeTransaction(host.id, (tx) => tx.putDoc('links', link))
        .then(async () => (await other.getDocs(host.id, 'links', links.map((l) => l.id))).size)));
      // Each member, when told, can already read all three from another connection.
      expect(seenAtResolve).toEqual([3, 3, 3]);
    } finally {
      await other.close();
    }
  });

  it('a transaction for a host that does not exist fails alone', async () => {
    const link = replicated(makeLink());
    const [missing, ok] = await Promise.allSettled([
      store.writeTransaction('no-such-host', (tx) => tx.putDoc('links', replicated(makeLink()))),
      store.writeTransaction(host.id, (tx) => tx.putDoc('links', link)),
    ]);
    expect(missing.status).toBe('rejected');
    expect(ok.status).toBe('fulfilled');
    expect((await store.getDocs(host.id, 'links', [link.id])).has(link.id)).toBe(true);
  });

  it('close() waits for the queued transactions and still settles them', async () => {
    const link = replicated(makeLink());
    const pending = store.writeTransaction(host.id, (tx) => tx.putDoc('links', link));
    await store.close();
    await expect(pending).resolves.toBeTypeOf('number');
    const reopened = await open();
    expect((await reopened.getDocs(host.id, 'links', [link.id])).has(link.id)).toBe(true);
  });
});
