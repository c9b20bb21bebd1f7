// test: a token never follows a change of server; a setup link for another server needs a yes.
import { describe, expect, it } from 'vitest';
import { decideServerChange, serverOriginOf, tokenAfterChange, tokenBoundTo } from './decide-server-change.ts';

const current = { serverUrl: 'http://127.0.0.1:8787', hostToken: 'host-token' };

describe('decideServerChange', () => {
  it('applies a setup link for the same server at once, keeping or replacing the token', () => {
    expect(decideServerChange(current, { serverUrl: 'http://127.0.0.1:8787' })).toEqual({ kind: 'apply', next: current });
    expect(decideServerChange(current, { hostToken: 'fresh' })).toEqual({ kind: 'apply', next: { ...current, hostToken: 'fresh' } });
  });

  it('asks before switching servers, and the current token does not come along', () => {
    expect(decideServerChange(current, { serverUrl: 'http://127.0.0.1:9999' })).toEqual({
      kind: 'confirm',
      from: 'http://127.0.0.1:8787',
      to: 'http://127.0.0.1:9999',
      next: { serverUrl: 'http://127.0.0.1:9999', hostToken: '' },
    });
  });

  it('a link for another server with its own token still asks, and uses that token', () => {
    expect(decideServerChange(current, { serverUrl: 'https://sync.example.com', hostToken: 'theirs' })).toMatchObject({
      kind: 'confirm',
      next: { serverUrl: 'https://sync.example.com', hostToken: 'theirs' },
    });
  });

  it('counts a port, a scheme or a host as another server, a base path not', () => {
    expect(decideServerChange(current, { serverUrl: 'https://127.0.0.1:8787' }).kind).toBe('confirm');
    expect(decideServerChange(current, { serverUrl: 'http://localhost:8787' }).kind).toBe('confirm');
    expect(decideServerChange(current, { serverUrl: 'http://127.0.0.1:8787/team' }).kind).toBe('apply');
    expect(decideServerChange(current, {})).toEqual({ kind: 'none' });
  });
});

describe('tokenAfterChange / tokenBoundTo', () => {
  it('clears the token when the origin changes and the change brings none', () => {
    expect(tokenAfterChange(current, { serverUrl: 'https://other.example' })).toBe('');
    expect(tokenAfterChange(current, { serverUrl: 'https://other.example', hostToken: 'new' })).toBe('new');
    expect(tokenAfterChange(current, { serverUrl: 'http://127.0.0.1:8787/base' })).toBe('host-token');
    expect(tokenAfterChange(current, { launchAtLogin: true } as object)).toBe('host-token');
  });

  it('hands out a stored token only for the origin it was stored with', () => {
    expect(tokenBoundTo('http://127.0.0.1:8787', 't', 'http://127.0.0.1:8787')).toBe('t');
    expect(tokenBoundTo('http://127.0.0.1:9999', 't', 'http://127.0.0.1:8787')).toBe('');
    expect(tokenBoundTo('http://127.0.0.1:9999', 't', null)).toBe('t');
    expect(serverOriginOf('nope')).toBeNull();
  });
});
