// test: the cached host profile, and which base URL invitee links get.
import { describe, expect, it } from 'vitest';
import { isHostProfile, publicBaseOf, readCachedProfile, writeCachedProfile, type HostProfile } from './host-profile.ts';

const profile: HostProfile = { hostId: 'h-1', name: 'Ada', slug: 'ada', timezone: 'Europe/London' };

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() { return map.size; },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => { map.delete(key); },
    setItem: (key, value) => { map.set(key, value); },
  };
}

describe('publicBaseOf', () => {
  it('uses the server\'s PUBLIC_URL for invitee links, not the address the desktop syncs with', () => {
    expect(publicBaseOf({ ...profile, publicUrl: 'https://book.example.com/' }, 'http://127.0.0.1:8787')).toBe('https://book.example.com');
  });

  it('falls back to the sync address for servers that do not say', () => {
    expect(publicBaseOf(profile, 'http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
  });
});

describe('isHostProfile', () => {
  it('accepts a web public URL and refuses anything else there', () => {
    expect(isHostProfile({ ...profile, publicUrl: 'https://book.example.com' })).toBe(true);
    expect(isHostProfile({ ...profile, publicUrl: 'javascript:alert(1)' })).toBe(false);
    expect(isHostProfile({ ...profile, publicUrl: 42 })).toBe(false);
  });
});

describe('the cached profile', () => {
  it('keeps the public URL for the next offline start, for the same server only', () => {
    const storage = memoryStorage();
    writeCachedProfile(storage, 'http://127.0.0.1:8787', { ...profile, publicUrl: 'https://book.example.com' });
    expect(readCachedProfile(storage, 'http://127.0.0.1:8787')).toEqual({ ...profile, publicUrl: 'https://book.example.com' });
    expect(readCachedProfile(storage, 'http://other:8787')).toBeNull();
  });
});
