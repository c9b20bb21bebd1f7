// Runs on the server. URLs as they go into logs: the capability tokens of public pages
// (`/l/{token}`, `/m/{manageToken}`, and their API twins) and token-like query parameters are
// replaced, so logs never hold a working secret.
const TOKEN_IN_PATH = /^(\/(?:l|m|api\/public\/links|api\/public\/bookings)\/)[^/?#]+/;
const SECRET_PARAM = /^(token|access_token|manage_token|manageToken)$/i;

export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : url.slice(queryAt + 1);
  const safePath = path.replace(TOKEN_IN_PATH, '$1[redacted]');
  if (query === '') return safePath;
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const name = pair.split('=')[0] ?? '';
      return SECRET_PARAM.test(decodeURIComponentSafe(name)) ? `${name}=[redacted]` : pair;
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
