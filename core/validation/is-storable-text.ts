// Runs anywhere (shared). Text both databases can store: PostgreSQL's text and jsonb hold no NUL
// character (U+0000) and no lone UTF-16 surrogate (half of a pair, which is no character at all),
// and SQLite would keep them only for PostgreSQL to refuse them later. Every validator in core
// applies this to every string it reads (check-text.ts), so such input is a field error, not a
// database error, on both stores.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}
