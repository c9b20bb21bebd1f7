// Runs anywhere (shared). Human wording for the `pattern`s the schemas use, so a form can say
// what is expected instead of echoing a regular expression.
import { PATTERNS } from '../schemas/limits.ts';

export function describePattern(pattern: string): string {
  switch (pattern) {
    case PATTERNS.clockTime: return 'must be a time from 00:00 to 24:00 (HH:mm)';
    case PATTERNS.date: return 'must be a date (YYYY-MM-DD)';
    case PATTERNS.slug: return 'may contain only lowercase letters, digits and single hyphens between them';
    case PATTERNS.token: return 'may contain only letters, digits, "-" and "_"';
    default: return 'has an invalid format';
  }
}
