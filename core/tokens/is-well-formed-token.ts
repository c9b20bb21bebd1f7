// Runs anywhere (shared). A cheap shape check of a token from a URL, so that junk never reaches a
// database query. Says nothing about whether the token exists.
const TOKEN_RE = /^[A-Za-z0-9_-]{22,128}$/;

export function isWellFormedToken(token: string): boolean {
  return typeof token === 'string' && TOKEN_RE.test(token);
}
