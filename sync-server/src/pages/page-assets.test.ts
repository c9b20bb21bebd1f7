// Runs in tests. The static files: hashed URLs, imports rewritten to them, long caching.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ASSET_URLS, formatsDates, moduleDependencies, PAGE_ASSETS } from './page-assets.ts';

describe('PAGE_ASSETS', () => {
  it('serves every file under a content-hashed URL with long caching', () => {
    const urls = Object.keys(PAGE_ASSETS);
    expect(urls).toHaveLength(14);
    for (const url of urls) {
      expect(url).toMatch(/^\/assets\/[a-z-]+\.[0-9a-f]{12}\.(js|css)$/);
      expect(PAGE_ASSETS[url]?.cacheControl).toBe('public, max-age=31536000, immutable');
    }
    expect(PAGE_ASSETS[ASSET_URLS.styles]?.contentType).toBe('text/css; charset=utf-8');
    expect(PAGE_ASSETS[ASSET_URLS.bookingScript]?.contentType).toBe('text/javascript; charset=utf-8');
  });

  it('points every relative import of a script at another asset', () => {
    for (const [url, asset] of Object.entries(PAGE_ASSETS)) {
      const text = asset.body.toString('utf8');
      expect(text, url).not.toMatch(/from\s+'\.\//);
      for (const [, imported] of text.matchAll(/from\s+'([^']+)'/g)) expect(PAGE_ASSETS[imported ?? ''], `${url} → ${imported}`).toBeDefined();
    }
    expect(new Set(moduleDependencies(ASSET_URLS.bookingScript)).size).toBe(10);
    expect(moduleDependencies(ASSET_URLS.manageScript)).toHaveLength(3);
  });

  it('knows which page scripts format dates (their pages load warm-intl.js first)', () => {
    expect(formatsDates(ASSET_URLS.bookingScript)).toBe(true);
    expect(formatsDates(ASSET_URLS.manageScript)).toBe(true);
    expect(formatsDates(ASSET_URLS.goneScript)).toBe(false);
  });

  it('keeps the source file path next to the served body', () => {
    const css = PAGE_ASSETS[ASSET_URLS.styles];
    expect(css?.body.equals(readFileSync(css.file))).toBe(true);
  });
});
