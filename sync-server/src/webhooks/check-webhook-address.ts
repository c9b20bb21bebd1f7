// Runs on the server. Is a webhook's URL one the server may send to? Its host is resolved and
// every address it names is checked by the guarded fetch's rule (safe-fetch/: loopback and private
// addresses refused unless ALLOW_PRIVATE_FETCH=true). Checked at registration so the host hears at
// once; every delivery checks again (the name may resolve elsewhere later).
import { resolveAllowedAddress, resolveWithDns, type ResolveHost } from '../safe-fetch/resolve-allowed-address.ts';
import { SafeFetchError } from '../safe-fetch/safe-fetch-error.ts';

/** null when allowed; otherwise the message for the `url` field. */
export async function checkWebhookAddress(url: URL, allowPrivate: boolean, resolve: ResolveHost = resolveWithDns): Promise<string | null> {
  try {
    await resolveAllowedAddress(url.hostname, allowPrivate, resolve);
    return null;
  } catch (error) {
    if (error instanceof SafeFetchError) return error.message;
    throw error;
  }
}
