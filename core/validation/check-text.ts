// Runs anywhere (shared). What a string field may contain, beyond its length and pattern. Every
// string must be storable (is-storable-text.ts). A single-line field (names, slugs, emails, ids,
// every field that is not free text) holds no control character at all: a line break or a tab in
// a name breaks mail headers, calendar files and one-line layouts. Free text (descriptions, notes,
// a cancel reason, location details) keeps line breaks and tabs: LF, TAB, and CR, because HTML
// forms send line breaks as CRLF and bookings already stored carry them.
// Refused as control characters: C0 (U+0000..U+001F), DEL (U+007F), C1 (U+0080..U+009F) and the
// Unicode line and paragraph separators U+2028/U+2029.
import type { ErrorList } from './error-list.ts';
import { isStorableText } from './is-storable-text.ts';

export type TextKind = 'single-line' | 'free-text';

export const UNSTORABLE_TEXT_MESSAGE = 'must not contain NUL characters or broken (unpaired) UTF-16 characters';
export const SINGLE_LINE_MESSAGE = 'must not contain control characters (line breaks, tabs)';
export const FREE_TEXT_MESSAGE = 'must not contain control characters other than line breaks and tabs';

// One scan settles almost every string: nothing in it is a control character or a surrogate.
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\uD800-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINE_BREAKS_AND_TABS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;

/** The message for what `value` must not contain, or null when it is fine as a `kind` field. */
export function textProblem(value: string, kind: TextKind): string | null {
  if (!SUSPECT.test(value)) return null;
  if (!isStorableText(value)) return UNSTORABLE_TEXT_MESSAGE;
  if (kind === 'single-line') return ANY_CONTROL.test(value) ? SINGLE_LINE_MESSAGE : null;
  return CONTROL_BUT_LINE_BREAKS_AND_TABS.test(value) ? FREE_TEXT_MESSAGE : null;
}

/** Adds the field error for `value` at `path`, if it has one. */
export function checkText(value: string, kind: TextKind, path: string, errors: ErrorList): void {
  const problem = textProblem(value, kind);
  if (problem !== null) errors.add(path, problem);
}
