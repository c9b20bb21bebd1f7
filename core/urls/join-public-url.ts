// Runs anywhere (shared). Public URLs are `PUBLIC_URL` plus an encoded path. PUBLIC_URL may carry
// a path prefix (a server behind a reverse proxy) and a trailing slash or not.

export function joinPublicUrl(publicUrl: string, segments: readonly string[]): string {
  const base = publicUrl.trim().replace(/\/+$/, '');
  if (base === '') throw new TypeError('publicUrl must not be empty');
  for (const segment of segments) {
    // An empty segment would silently make another URL (`/l/` is not a link).
    if (segment === '') throw new TypeError(`URL path segment must not be empty: /${segments.join('/')}`);
  }
  return `${base}/${segments.map(encodeURIComponent).join('/')}`;
}
