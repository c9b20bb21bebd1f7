// Runs on the server. Strings both databases can store: PostgreSQL text and jsonb hold no NUL
// character and no lone UTF-16 surrogate, so such input gets a 400 naming the field instead of
// a database error.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** The dot path of the first string (or object key) in `value` that cannot be stored, or null. */
export function findUnstorableText(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (typeof value !== 'object' || value === null) return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const childPath = path === '' ? key : `${path}.${key}`;
    if (!isStorableText(key)) return childPath;
    const found = findUnstorableText(child, childPath);
    if (found !== null) return found;
  }
  return null;
}
