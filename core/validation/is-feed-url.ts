// Runs anywhere (shared). Whether a text is a calendar feed address the server may fetch: an
// absolute http(s) URL with a host. core/ has no URL parser (no platform), so this is the shape
// alone; the server parses it again with WHATWG URL at fetch time, and which addresses it may
// reach is its own check there (sync-server/src/safe-fetch/).

// scheme :// [userinfo@] host [:port] [path/query/fragment], no whitespace or control characters.
const FEED_URL = /^https?:\/\/(?:[^\s/?#@]+@)?(?:\[[0-9A-Fa-f:.]+\]|[^\s/?#@:[\]]+)(?::\d{1,5})?(?:[/?#]\S*)?$/iu;

export function isFeedUrl(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/u.test(value)) return false;
  return FEED_URL.test(value);
}
