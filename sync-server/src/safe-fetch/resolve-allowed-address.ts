// Runs on the server. Resolves a URL's host once and checks every address it names; the caller then
// connects to the checked address itself, so a second (rebinding) DNS answer is never asked for.
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { decideAddress } from './decide-address.ts';
import { SafeFetchError } from './safe-fetch-error.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** A resolver of all addresses of a name (dns.lookup with all: true); tests pass their own. */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

export const resolveWithDns: ResolveHost = async (hostname) => {
  const answers = await dnsLookup(hostname, { all: true, verbatim: true });
  return answers.map((answer) => ({ address: answer.address, family: answer.family === 6 ? 6 : 4 }));
};

/**
 * All addresses must pass, not just one: a name answering both a public and a private address
 * would otherwise let the connection pick the private one.
 */
export async function resolveAllowedAddress(hostname: string, allowPrivate: boolean, resolve: ResolveHost): Promise<ResolvedAddress> {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  let candidates: ResolvedAddress[];
  if (isIP(bare) !== 0) {
    candidates = [{ address: bare, family: isIP(bare) === 6 ? 6 : 4 }];
  } else {
    try {
      candidates = await resolve(bare);
    } catch (error) {
      throw new SafeFetchError('dns_failed', `could not resolve ${bare}: ${(error as Error).message}`);
    }
  }
  const first = candidates[0];
  if (first === undefined) throw new SafeFetchError('dns_failed', `could not resolve ${bare}: no address`);
  for (const candidate of candidates) {
    const decision = decideAddress(candidate.address, allowPrivate);
    if (!decision.allowed) {
      const kind = decision.range === 'private' ? 'private' : `private (${decision.range})`;
      throw new SafeFetchError(
        'refused_address',
        `refused: the address ${decision.address} is ${kind}; set ALLOW_PRIVATE_FETCH=true to allow it`,
      );
    }
  }
  return first;
}
