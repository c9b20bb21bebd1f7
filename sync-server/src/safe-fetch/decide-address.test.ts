import { describe, expect, it } from 'vitest';
import { decideAddress } from './decide-address.ts';

describe('decideAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['2002:a00:1::', '6to4'],
  ])('refuses %s (%s)', (address, range) => {
    expect(decideAddress(address, false)).toMatchObject({ allowed: false, range });
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows the public address %s', (address) => {
    expect(decideAddress(address, false).allowed).toBe(true);
  });

  it('shows a mapped address as the IPv4 it carries', () => {
    expect(decideAddress('::ffff:192.168.0.1', false)).toEqual({ allowed: false, address: '192.168.0.1', range: 'private' });
  });

  it('allows private addresses only when told to', () => {
    expect(decideAddress('127.0.0.1', true)).toEqual({ allowed: true, address: '127.0.0.1' });
    expect(decideAddress('fd00::1', true).allowed).toBe(true);
  });

  it('refuses what is not an address', () => {
    expect(decideAddress('example.org', true)).toMatchObject({ allowed: false, range: 'invalid' });
  });
});
