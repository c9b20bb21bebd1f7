// Runs on the server. Gives a host a new token; the old one stops working at once.
import { generateHostToken } from '../auth/generate-host-token.ts';
import { hashToken } from '../auth/hash-token.ts';
import type { Host, Store } from '../store/store.ts';
import { HostInputError } from './create-host.ts';

export async function rotateHostToken(store: Store, slug: string): Promise<{ host: Host; token: string }> {
  const token = generateHostToken();
  const host = await store.setHostTokenHash(slug, hashToken(token));
  if (!host) throw new HostInputError(`no host with slug "${slug}"`);
  return { host, token };
}
