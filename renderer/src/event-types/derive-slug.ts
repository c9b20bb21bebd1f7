// renderer: the URL part of an event type's standard link, from its name: "Café · Intro call"
// → "cafe-intro-call". Slugs match the schema's `^[a-z0-9]+(-[a-z0-9]+)*$` (PATTERNS.slug).
import { MAX_LENGTH } from '../../../core/schemas/index.ts';

export const SLUG_MAX_LENGTH = MAX_LENGTH.slug;

export function deriveSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents split off by NFKD
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, '');
}

/**
 * What the slug input keeps of a keystroke: lowercase letters, digits and hyphens (spaces and
 * underscores become hyphens). Leading and doubled hyphens are left for the validator to
 * explain, so typing "a-" on the way to "a-b" is not fought.
 */
export function sanitizeSlugInput(input: string): string {
  return input
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .slice(0, SLUG_MAX_LENGTH);
}

/** `base`, or `base-2`, `base-3`… whichever is not taken yet. */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const root = base === '' ? 'event' : base;
  if (!used.has(root)) return root;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${root.slice(0, SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}
