// test: which URLs may leave the app.
import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, parseAllowedExternalUrl } from './is-allowed-external-url.ts';

describe('parseAllowedExternalUrl', () => {
  it('accepts http, https and mailto and returns the normalized href', () => {
    expect(parseAllowedExternalUrl('https://example.com/path?q=1#x')).toBe('https://example.com/path?q=1#x');
    expect(parseAllowedExternalUrl('HTTP://Example.com')).toBe('http://example.com/');
    expect(parseAllowedExternalUrl('mailto:ann@example.com?subject=Hi')).toBe('mailto:ann@example.com?subject=Hi');
  });

  it.each([
    ['javascript:alert(1)'],
    ['file:///etc/passwd'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://example.com/file'],
    ['app://bundle/index.html'],
    ['smb://server/share'],
    ['vbscript:msgbox(1)'],
    ['/relative/path'],
    ['example.com'],
    [''],
    ['mailto:'],
    ['https://user:pass@example.com/'],
    ['https://bank.example@evil.test/'],
  ])('refuses %s', (url) => {
    expect(parseAllowedExternalUrl(url)).toBeNull();
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses non-strings and very long URLs', () => {
    expect(parseAllowedExternalUrl(undefined)).toBeNull();
    expect(parseAllowedExternalUrl(42)).toBeNull();
    expect(parseAllowedExternalUrl({ href: 'https://example.com' })).toBeNull();
    expect(parseAllowedExternalUrl(`https://example.com/${'a'.repeat(3000)}`)).toBeNull();
  });

  it('does not let leading whitespace or control characters smuggle a scheme', () => {
    // WHATWG parsing strips them, and the result is judged by its parsed protocol.
    expect(parseAllowedExternalUrl('  javascript:alert(1)')).toBeNull();
    expect(parseAllowedExternalUrl('java\tscript:alert(1)')).toBeNull();
    expect(parseAllowedExternalUrl(' https://example.com')).toBe('https://example.com/');
  });
});
