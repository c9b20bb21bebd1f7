// Runs anywhere (shared). A small interpreter for the JSON-schema subset of core/schemas: walks a
// value and reports every mismatch with its dot path. Deliberately not ajv: compiling schemas
// needs `new Function`, which the desktop renderer's CSP forbids.
import { PATTERNS } from '../schemas/limits.ts';
import { checkText, UNSTORABLE_TEXT_MESSAGE } from './check-text.ts';
import { codePointLength } from './code-point-length.ts';
import type { ErrorList } from './error-list.ts';
import { joinPath } from './field-error.ts';
import type { JsonTypeName, SchemaNode } from './schema-node.ts';
import { describePattern } from './describe-pattern.ts';
import { isStorableText } from './is-storable-text.ts';

const TYPE_WORDS: Record<JsonTypeName, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

// The schemas' patterns, compiled once when the module loads: a constant table, never written
// after (core keeps no mutable state, ARCHITECTURE.md). Clock times alone are dozens per event
// type. A pattern not in it is compiled where it is used. None has the g or y flag, so `test`
// keeps no lastIndex between calls.
const SCHEMA_PATTERNS: Readonly<Record<string, RegExp>> = Object.freeze(Object.fromEntries(
  Object.values(PATTERNS).map((p) => [p, new RegExp(p, 'u')]),
));

function compiledPattern(pattern: string): RegExp {
  return Object.hasOwn(SCHEMA_PATTERNS, pattern) ? (SCHEMA_PATTERNS[pattern] as RegExp) : new RegExp(pattern, 'u');
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasType(value: unknown, type: JsonTypeName): boolean {
  switch (type) {
    case 'string': return typeof value === 'string';
    case 'integer': return typeof value === 'number' && Number.isInteger(value);
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'boolean': return typeof value === 'boolean';
    case 'object': return isPlainObject(value);
    case 'array': return Array.isArray(value);
    case 'null': return value === null;
  }
}

function listWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * Whether the code-point length of `value` lies within the bounds. A string of n UTF-16 units has
 * between n/2 and n code points, so most strings are settled without counting (every stored
 * document's every string passes through here on each write).
 */
function tooShort(value: string, minLength: number | undefined): boolean {
  if (minLength === undefined || value.length >= 2 * minLength) return false;
  return codePointLength(value) < minLength;
}

function tooLong(value: string, maxLength: number | undefined): boolean {
  if (maxLength === undefined || value.length <= maxLength) return false;
  return codePointLength(value) > maxLength;
}

function checkString(schema: SchemaNode, value: string, path: string, errors: ErrorList, freeText: readonly string[]): void {
  if (tooShort(value, schema.minLength)) {
    errors.add(path, schema.minLength === 1 ? 'must not be empty' : `must be at least ${schema.minLength} characters`);
  } else if (tooLong(value, schema.maxLength)) {
    errors.add(path, `must be at most ${schema.maxLength} characters`);
  } else if (schema.pattern !== undefined && !compiledPattern(schema.pattern).test(value)) {
    errors.add(path, describePattern(schema.pattern));
  } else {
    checkText(value, freeText.includes(path) ? 'free-text' : 'single-line', path, errors);
  }
}

function checkNumber(schema: SchemaNode, value: number, path: string, errors: ErrorList): void {
  if (schema.minimum !== undefined && value < schema.minimum) errors.add(path, `must be at least ${schema.minimum}`);
  else if (schema.maximum !== undefined && value > schema.maximum) errors.add(path, `must be at most ${schema.maximum}`);
}

function checkArray(schema: SchemaNode, value: unknown[], path: string, errors: ErrorList, freeText: readonly string[]): void {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    errors.add(path, `must have at least ${schema.minItems} items`);
  }
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    errors.add(path, `must have at most ${schema.maxItems} items`);
    return; // do not walk a list that is too long anyway: untrusted input may be huge
  }
  if (schema.items) {
    const items = schema.items;
    value.forEach((item, i) => checkSchema(items, item, joinPath(path, i), errors, freeText));
  }
}

function checkObject(schema: SchemaNode, value: Record<string, unknown>, path: string, errors: ErrorList, freeText: readonly string[]): void {
  const properties = schema.properties ?? {};
  for (const key of schema.required ?? []) {
    if (!Object.hasOwn(value, key) || value[key] === undefined) errors.add(joinPath(path, key), 'is required');
  }
  for (const key of Object.keys(value)) {
    // A key is stored too (jsonb), even under a part of the document no schema describes.
    if (!isStorableText(key)) {
      errors.add(joinPath(path, key), UNSTORABLE_TEXT_MESSAGE);
      continue;
    }
    // hasOwn, not `in`: keys such as `__proto__` or `constructor` come from untrusted JSON.
    if (Object.hasOwn(properties, key)) {
      const child = properties[key];
      if (child && value[key] !== undefined) checkSchema(child, value[key], joinPath(path, key), errors, freeText);
    } else if (schema.additionalProperties === false) {
      errors.add(joinPath(path, key), 'is not a known field');
    }
  }
}

/**
 * Checks `value` against `schema`, adding errors under `path`. An empty schema accepts anything.
 * Every string is checked as text too (check-text.ts): single-line, unless its dot path is one of
 * `freeText` (e.g. 'description', 'invitee.notes').
 */
export function checkSchema(schema: SchemaNode, value: unknown, path: string, errors: ErrorList, freeText: readonly string[] = []): void {
  if (schema.type !== undefined) {
    // One type (almost every field) is checked without building a list.
    const { type } = schema;
    if (typeof type === 'string' ? !hasType(value, type) : !type.some((t) => hasType(value, t))) {
      const types: readonly JsonTypeName[] = typeof type === 'string' ? [type] : type;
      errors.add(path, `must be ${listWords(types.map((t) => TYPE_WORDS[t]))}`);
      return;
    }
  }
  if (schema.enum !== undefined && !schema.enum.includes(value)) {
    errors.add(path, `must be one of ${listWords(schema.enum.map((v) => JSON.stringify(v)))}`);
    return;
  }
  if (typeof value === 'string') checkString(schema, value, path, errors, freeText);
  else if (typeof value === 'number') checkNumber(schema, value, path, errors);
  else if (Array.isArray(value)) checkArray(schema, value, path, errors, freeText);
  else if (isPlainObject(value)) checkObject(schema, value, path, errors, freeText);
}
