// test: the host token travels over https, or over plain http only to this computer.
import { describe, expect, it } from 'vitest';
import { isAcceptableServerUrl, isLoopbackHostname, serverUrlTransportProblem } from './is-acceptable-server-url.ts';

describe('isAcceptableServerUrl', () => {
  it.each(['https://sync.example.com', 'https://10.0.0.5:8443/base', 'http://localhost:8787', 'http://127.0.0.1:8787', 'http://127.8.9.10', 'http://[::1]:8787', 'http://LOCALHOST.'])(
    'accepts %s',
    (url) => expect(isAcceptableServerUrl(url)).toBe(true),
  );

  it.each(['http://sync.example.com', 'http://192.168.1.5:8787', 'http://128.0.0.1', 'http://localhost.evil.test', 'http://[::2]', 'ftp://localhost', 'not a url'])(
    'refuses %s',
    (url) => expect(isAcceptableServerUrl(url)).toBe(false),
  );

  it('says why, and what to use instead', () => {
    expect(serverUrlTransportProblem('http://sync.example.com:8787/team')).toContain('the token would travel unencrypted; use https://sync.example.com:8787/team');
  });

  it('accepts the one http origin it is told to (the page served by that same server)', () => {
    expect(isAcceptableServerUrl('http://192.168.1.5:8787', { alsoAllowedOrigin: 'http://192.168.1.5:8787' })).toBe(true);
    expect(isAcceptableServerUrl('http://192.168.1.6:8787', { alsoAllowedOrigin: 'http://192.168.1.5:8787' })).toBe(false);
  });

  it('reads hostnames the way URL normalizes them', () => {
    expect(isLoopbackHostname(new URL('http://127.1').hostname)).toBe(true);
    expect(isLoopbackHostname(new URL('http://0x7f.0.0.1').hostname)).toBe(true);
  });
});
