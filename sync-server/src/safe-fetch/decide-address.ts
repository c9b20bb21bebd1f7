// Runs on the server. Is an outside URL allowed to reach this address? The one rule for feeds and
// webhooks: only public unicast addresses, unless the operator allows private ones
// (ALLOW_PRIVATE_FETCH=true, for tests and closed networks).
import ipaddr from 'ipaddr.js';

export type AddressDecision = { allowed: true; address: string } | { allowed: false; address: string; range: string };

/**
 * `address` is an IP literal (v4 or v6, without brackets). IPv4-mapped IPv6 (::ffff:10.0.0.1) is
 * judged as the IPv4 it carries, so a mapped private address is not a way around the rule. Every
 * named range of ipaddr.js is refused (loopback, private, linkLocal, uniqueLocal, carrierGradeNat,
 * multicast, unspecified, broadcast, reserved, 6to4, teredo, NAT64 prefixes…): they either are
 * internal or can carry an internal IPv4 inside. Only plain `unicast` passes.
 */
export function decideAddress(address: string, allowPrivate: boolean): AddressDecision {
  if (!ipaddr.isValid(address)) return { allowed: false, address, range: 'invalid' };
  const parsed = ipaddr.process(address);
  const shown = parsed.toString();
  if (allowPrivate) return { allowed: true, address: shown };
  const range = parsed.range();
  if (range === 'unicast') return { allowed: true, address: shown };
  return { allowed: false, address: shown, range };
}
