// main: `scheme://host[:port]` of a URL, also for custom schemes (WHATWG gives those the origin "null").

export function originOf(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.host === '') return null;
  return `${url.protocol}//${url.host}`.toLowerCase();
}
