// Runs anywhere (shared). Human wording for the `pattern`s the schemas use, so a form can say
// what is expected instead of echoing a regular expression.
import { clockTimeSchema, dateSchema, eventTypeSchema, linkSchema } from '../schemas/index.ts';
import { asSchemaNode } from './schema-node.ts';

const descriptions = new Map<string | undefined, string>([
  [clockTimeSchema.pattern, 'must be a time from 00:00 to 24:00 (HH:mm)'],
  [dateSchema.pattern, 'must be a date (YYYY-MM-DD)'],
  [asSchemaNode(eventTypeSchema).properties?.['slug']?.pattern, 'may contain only lowercase letters, digits and single hyphens between them'],
  [asSchemaNode(linkSchema).properties?.['token']?.pattern, 'may contain only letters, digits, "-" and "_"'],
]);

export function describePattern(pattern: string): string {
  return descriptions.get(pattern) ?? 'has an invalid format';
}
