// test: which ids of a replication meta write the "not yet synced" tracker checks again.
import { describe, expect, it } from 'vitest';
import { metaIdsToRecheck, PULL_META_WRITE_CONTEXT, type MetaWriteBulk } from './meta-ids-to-recheck.ts';

function bulk(context: string, ids: string[], checkpoints = 0): MetaWriteBulk {
  return {
    context,
    events: [
      ...ids.map((itemId) => ({ documentData: { isCheckpoint: '0', itemId } })),
      ...Array.from({ length: checkpoints }, () => ({ documentData: { isCheckpoint: '1', itemId: 'DOWN' } })),
    ],
  };
}

describe('metaIdsToRecheck', () => {
  it('after a pull, checks only documents that may be unsynced', () => {
    const maybe = new Set(['b', 'd']);
    expect(metaIdsToRecheck(bulk(PULL_META_WRITE_CONTEXT, ['a', 'b', 'c', 'd']), (id) => maybe.has(id))).toEqual(['b', 'd']);
  });

  it('after a pull of documents all known synced, checks none', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `doc-${i}`);
    expect(metaIdsToRecheck(bulk(PULL_META_WRITE_CONTEXT, ids), () => false)).toEqual([]);
  });

  it('after a push or a resolved conflict, checks every document', () => {
    for (const context of ['replication-up-write-meta', 'replication-up-write-conflict-meta', 'some-future-context']) {
      expect(metaIdsToRecheck(bulk(context, ['a', 'b']), () => false)).toEqual(['a', 'b']);
    }
  });

  it('leaves checkpoints out', () => {
    expect(metaIdsToRecheck(bulk('replication-up-write-meta', ['a'], 2), () => true)).toEqual(['a']);
    expect(metaIdsToRecheck(bulk(PULL_META_WRITE_CONTEXT, [], 1), () => true)).toEqual([]);
  });
});
