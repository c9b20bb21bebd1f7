// Runs on the server. Strings both databases can store: PostgreSQL text and jsonb hold no NUL
// character and no lone UTF-16 surrogate, so such input gets a 400 naming the field instead of
// a database error.
import { isStorableText } from '../../../core/validation/index.ts';

/**
 * The dot path of the first string (or object key) in `value` that cannot be stored, or null.
 * Iterative (an explicit stack, children in order), so no nesting depth can overflow the stack.
 */
export function findUnstorableText(value: unknown, path = ''): string | null {
  const stack: [unknown, string][] = [[value, path]];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const [current, at] = next;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return at;
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    const entries: [string, unknown][] = Array.isArray(current) ? current.map((v, i) => [String(i), v]) : Object.entries(current);
    const children: [unknown, string][] = [];
    for (const [key, child] of entries) {
      const childPath = at === '' ? key : `${at}.${key}`;
      if (!isStorableText(key)) return childPath;
      children.push([child, childPath]);
    }
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  return null;
}
