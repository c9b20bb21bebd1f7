// Runs in tests. Only RxDB's sales notice is dropped from console.warn, and the real one (from
// rxdb's Dexie storage source as installed) is recognized.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { dropStorageAdvert, isStorageAdvert } from './drop-storage-advert.ts';

describe('dropStorageAdvert', () => {
  it('drops the notice and passes every other warning through', () => {
    const warn = vi.fn();
    const target = { warn };
    const undo = dropStorageAdvert(target);
    target.warn('-------------- RxDB Open Core RxStorage -------------------------------\nYou are using …');
    target.warn('a real problem', 42);
    expect(warn.mock.calls).toEqual([['a real problem', 42]]);
    undo();
    expect(target.warn).toBe(warn);
  });

  it('wraps only once', () => {
    const target = { warn: vi.fn() };
    dropStorageAdvert(target);
    const wrapped = target.warn;
    dropStorageAdvert(target);
    expect(target.warn).toBe(wrapped);
  });

  it('matches the notice the installed rxdb prints', () => {
    const source = readFileSync(new URL('../../../node_modules/rxdb/dist/esm/plugins/storage-dexie/rx-storage-instance-dexie.js', import.meta.url), 'utf8');
    const firstLine = /console\.warn\(\['([^']+)'/.exec(source)?.[1];
    expect(firstLine).toBeDefined();
    expect(isStorageAdvert([`${firstLine}\nmore`])).toBe(true);
  });
});
