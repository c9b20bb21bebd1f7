// Runs in Node (test).
import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium.ts';

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH when that file exists', () => {
    const found = findChromium({ CHROMIUM_PATH: '/opt/my/chrome' }, (p) => p === '/opt/my/chrome' || p === '/usr/bin/chromium');
    expect(found).toBe('/opt/my/chrome');
  });

  it("falls back to Debian's chromium", () => {
    expect(findChromium({ CHROMIUM_PATH: '/missing' }, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
  });

  it('returns null when there is no browser anywhere', () => {
    expect(findChromium({}, () => false)).toBeNull();
  });
});
