// Runs in tests. Public URLs from PUBLIC_URL, per the HTTP contract (ARCHITECTURE.md).
import { describe, expect, it } from 'vitest';
import { eventTypeUrl } from './event-type-url.ts';
import { linkUrl } from './link-url.ts';
import { manageUrl } from './manage-url.ts';

describe('URL builders', () => {
  it('build /l/, /e/ and /m/ URLs', () => {
    expect(linkUrl('http://localhost:8787', 'AbC_-123')).toBe('http://localhost:8787/l/AbC_-123');
    expect(eventTypeUrl('https://book.example.com', 'ada', 'intro-call')).toBe('https://book.example.com/e/ada/intro-call');
    expect(manageUrl('https://book.example.com', 'm_tok')).toBe('https://book.example.com/m/m_tok');
  });

  it('handle trailing slashes and a path prefix of the base', () => {
    expect(linkUrl('http://localhost:8787/', 't')).toBe('http://localhost:8787/l/t');
    expect(linkUrl('https://example.com/booking//', 't')).toBe('https://example.com/booking/l/t');
    expect(manageUrl(' https://example.com/booking/ ', 't')).toBe('https://example.com/booking/m/t');
  });

  it('encode path segments, so a slug cannot change the path', () => {
    expect(eventTypeUrl('https://x.example', 'a/b', 'c d?e#f')).toBe('https://x.example/e/a%2Fb/c%20d%3Fe%23f');
    expect(eventTypeUrl('https://x.example', 'jürgen', '..')).toBe('https://x.example/e/j%C3%BCrgen/..');
    expect(new URL(eventTypeUrl('https://x.example', 'a/b', 'c')).pathname).toBe('/e/a%2Fb/c');
  });

  it('refuse empty parts instead of making another URL', () => {
    expect(() => linkUrl('https://x.example', '')).toThrow(/must not be empty/);
    expect(() => eventTypeUrl('https://x.example', 'ada', '')).toThrow(/must not be empty/);
    expect(() => manageUrl('', 'tok')).toThrow(/publicUrl must not be empty/);
    expect(() => manageUrl('///', 'tok')).toThrow(/publicUrl must not be empty/);
  });
});
