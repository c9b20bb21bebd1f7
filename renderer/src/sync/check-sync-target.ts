// renderer: the server URL and token the sync layer is started with, checked up front so a
// typo shows as a message naming the setting instead of endless retries.

/** `https://sync.example.com/` → `https://sync.example.com`; throws `serverUrl: …` when unusable. */
export function normalizeServerUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`serverUrl: "${raw}" is not a URL (for example http://localhost:8787)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('serverUrl: must start with http:// or https://');
  if (url.username || url.password) throw new Error('serverUrl: must not contain a user name or password');
  if (url.search || url.hash) throw new Error('serverUrl: must not contain a query (?…) or fragment (#…)');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** Host tokens are base64url; throws `token: …` otherwise (the server would answer 401 anyway). */
export function checkToken(token: string): string {
  const trimmed = token.trim();
  if (trimmed === '') throw new Error('token: is required');
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(trimmed)) throw new Error('token: may hold only letters, digits, "-" and "_"');
  return trimmed;
}
