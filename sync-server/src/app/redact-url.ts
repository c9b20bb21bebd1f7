// Runs on the server. URLs as they go into logs: the capability tokens of public pages
// (`/l/{token}`, `/m/{manageToken}`, and their API twins) and token-like query parameters are
// replaced, so logs never hold a working secret. A routed request is redacted from its route (the
// pattern and its parameters, as the router decoded them), never from the raw URL: `/%6c/TOKEN`
// reaches `/l/:token` too, and no pattern over raw text can know every spelling the router accepts.
// Requests no route took are matched after percent-decoding, ignoring case and repeated slashes.
const TOKEN_IN_PATH = /^(\/+(?:l|m|api\/+public\/+links|api\/+public\/+bookings)\/+)[^/?#]+/i;
const SECRET_PARAM = /^(token|access_token|manage_token|manageToken)$/i;
const ROUTE_PARAM = /:([A-Za-z_][A-Za-z0-9_]*)/g;

/** The route a request took: its pattern (`/l/:token`) and the router's parameters. */
export interface MatchedRoute {
  pattern: string;
  params: Record<string, unknown>;
}

export function redactUrl(url: string, route?: MatchedRoute): string {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? '' : url.slice(queryAt + 1);
  const safePath = route ? pathFromRoute(route) : decodeURIComponentSafe(path).replace(TOKEN_IN_PATH, '$1[redacted]');
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

/** The pattern with each parameter filled in, secret ones as `[redacted]`. */
function pathFromRoute({ pattern, params }: MatchedRoute): string {
  return pattern.replace(ROUTE_PARAM, (_whole, name: string) => {
    if (SECRET_PARAM.test(name)) return '[redacted]';
    const value = params[name];
    return typeof value === 'string' ? encodeURIComponent(value) : `:${name}`;
  });
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
