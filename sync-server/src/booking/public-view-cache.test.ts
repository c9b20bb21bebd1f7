// Runs in tests (server side). The public view cache on its own: hits and ends, dropping a host's
// answers, refusing answers built across a commit, and its bounds under any sequence of use.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPublicViewCache, type CachedAnswer } from './public-view-cache.ts';

const answer = (hostId: string, until: number, size = 10): CachedAnswer => ({ body: Buffer.alloc(size, 'x'), hostId, until });

describe('public view cache', () => {
  it('answers a kept answer until its end or its lifetime, whichever comes first', () => {
    const cache = createPublicViewCache({ lifetimeMs: 2000 });
    cache.put('a', answer('h1', 1500), cache.ticket(), 1000);
    cache.put('b', answer('h1', 10_000), cache.ticket(), 1000);
    expect(cache.get('a', 1499)?.body.length).toBe(10);
    expect(cache.get('a', 1500)).toBeUndefined();
    expect(cache.get('b', 2999)).toBeDefined();
    expect(cache.get('b', 3000)).toBeUndefined();
    expect(cache.stats()).toMatchObject({ hits: 2, misses: 2, stored: 2, size: 0, bytes: 0 });
  });

  it('drops the answers of a forgotten host only; null drops everything', () => {
    const cache = createPublicViewCache({ lifetimeMs: 2000 });
    cache.put('a', answer('h1', 5000), cache.ticket(), 0);
    cache.put('b', answer('h2', 5000), cache.ticket(), 0);
    cache.forgetHost('h1');
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('b', 1)).toBeDefined();
    cache.forgetHost(null);
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.stats()).toMatchObject({ size: 0, bytes: 0 });
  });

  it('refuses an answer whose reads began before its host was forgotten (a commit overtook the build)', () => {
    const cache = createPublicViewCache({ lifetimeMs: 2000 });
    const early = cache.ticket();
    cache.forgetHost('h2');
    cache.put('other host', answer('h1', 5000), early, 0);
    expect(cache.get('other host', 1)).toBeDefined();
    cache.forgetHost('h1');
    cache.put('raced', answer('h1', 5000), early, 0);
    expect(cache.get('raced', 1)).toBeUndefined();
    const late = cache.ticket();
    cache.put('after', answer('h1', 5000), late, 0);
    expect(cache.get('after', 1)).toBeDefined();
    cache.forgetHost(null);
    cache.put('before everything', answer('h3', 5000), late, 0);
    expect(cache.get('before everything', 1)).toBeUndefined();
  });

  it('says a question is worth keeping from its second ask within the lifetime on', () => {
    const cache = createPublicViewCache({ lifetimeMs: 2000 });
    expect(cache.noteAsk('a', 0)).toBe(false);
    expect(cache.noteAsk('a', 1999)).toBe(true);
    expect(cache.noteAsk('b', 1999)).toBe(false);
    // Each ask counts from the last one: a page asked every second stays worth keeping.
    expect(cache.noteAsk('a', 3998)).toBe(true);
    expect(cache.noteAsk('a', 5998)).toBe(false);
    expect(createPublicViewCache({ lifetimeMs: 0 }).noteAsk('a', 0)).toBe(false);
  });

  it('keeps nothing when its lifetime is 0', () => {
    const cache = createPublicViewCache({ lifetimeMs: 0 });
    expect(cache.enabled).toBe(false);
    cache.put('a', answer('h1', 5000), cache.ticket(), 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.stats().stored).toBe(0);
  });

  it('evicts the least recently used answer first', () => {
    const cache = createPublicViewCache({ lifetimeMs: 2000, maxEntries: 2 });
    cache.put('a', answer('h1', 5000), cache.ticket(), 0);
    cache.put('b', answer('h1', 5000), cache.ticket(), 0);
    cache.get('a', 1);
    cache.put('c', answer('h1', 5000), cache.ticket(), 0);
    expect(cache.get('b', 1)).toBeUndefined();
    expect(cache.get('a', 1)).toBeDefined();
    expect(cache.get('c', 1)).toBeDefined();
  });

  it('never holds more entries or bytes than its bounds, whatever is put, read or forgotten', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('put' as const), key: fc.integer({ min: 0, max: 40 }), host: fc.integer({ min: 0, max: 4 }), size: fc.integer({ min: 0, max: 400 }) }),
      fc.record({ kind: fc.constant('get' as const), key: fc.integer({ min: 0, max: 40 }) }),
      fc.record({ kind: fc.constant('forget' as const), host: fc.option(fc.integer({ min: 0, max: 4 })) }),
      fc.record({ kind: fc.constant('tick' as const), ms: fc.integer({ min: 0, max: 1500 }) }),
    );
    fc.assert(fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 1000 }), fc.array(op, { maxLength: 200 }), (maxEntries, maxBytes, ops) => {
      const cache = createPublicViewCache({ lifetimeMs: 2000, maxEntries, maxBytes });
      let now = 0;
      for (const o of ops) {
        if (o.kind === 'put') cache.put(`k${o.key}`, answer(`h${o.host}`, now + 3000, o.size), cache.ticket(), now);
        else if (o.kind === 'get') cache.get(`k${o.key}`, now);
        else if (o.kind === 'forget') cache.forgetHost(o.host === null ? null : `h${o.host}`);
        else now += o.ms;
        const { size, bytes } = cache.stats();
        expect(size).toBeLessThanOrEqual(maxEntries);
        expect(bytes).toBeLessThanOrEqual(maxBytes);
        expect(bytes).toBeGreaterThanOrEqual(0);
      }
    }));
  });
});
