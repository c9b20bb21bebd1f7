// test: the one-time settings hand-over in the URL fragment.
import { describe, expect, it } from 'vitest';
import { browserSetupUrl } from '../../../scripts/lib/browser-setup-url.ts';
import { readSettingsFromFragment } from './read-settings-from-fragment.ts';

describe('readSettingsFromFragment', () => {
  it('reads what `npm start` hands over', () => {
    const url = new URL(browserSetupUrl('http://localhost:8787/', 'tok_en-1'));
    expect(url.pathname).toBe('/app/');
    expect(readSettingsFromFragment(url.hash)).toEqual({ serverUrl: 'http://localhost:8787', hostToken: 'tok_en-1' });
  });

  it('reads one field alone', () => {
    expect(readSettingsFromFragment('#setup?token=t0k')).toEqual({ hostToken: 't0k' });
  });

  it('leaves routes and unrelated fragments alone', () => {
    expect(readSettingsFromFragment('')).toBeNull();
    expect(readSettingsFromFragment('#')).toBeNull();
    expect(readSettingsFromFragment('#setup?')).toBeNull();
    expect(readSettingsFromFragment('#/links?token=abc')).toBeNull();
    expect(readSettingsFromFragment('#token=abc')).toBeNull();
  });
});
