// Runs in tests. Properties of the validators: fixtures (however tailored) pass, any field given a
// value of another JSON type is rejected with that field named, and a day's intervals pass
// exactly when a simple model says they are ordered and disjoint.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CollectionName, TimeInterval } from '../schemas/index.ts';
import { collectionSchemas, LOCATION_KINDS } from '../schemas/index.ts';
import { generateToken } from '../tokens/index.ts';
import { makeAvailability, makeBooking, makeEventType, makeLink } from '../testing/fixtures.ts';
import { errorFields } from '../testing/validation-helpers.ts';
import { makeCalendarFeed } from '../testing/calendar-feed-fixture.ts';
import type { JsonTypeName, SchemaNode } from './schema-node.ts';
import { asSchemaNode } from './schema-node.ts';
import { validateDocument } from './validate-document.ts';
import { validateEventType } from './validate-event-type.ts';

type Segment = string | number;

/** Every path in a JSON value, parents before children. */
function pathsOf(value: unknown, prefix: Segment[] = []): Segment[][] {
  const children: [Segment, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : typeof value === 'object' && value !== null ? Object.entries(value) : [];
  return children.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

function schemaAt(schema: SchemaNode, path: Segment[]): SchemaNode {
  let node = schema;
  for (const segment of path) {
    const next = typeof segment === 'number' ? node.items : node.properties?.[segment];
    if (!next) throw new Error(`no schema at ${path.join('.')}`);
    node = next;
  }
  return node;
}

function setAt(doc: unknown, path: Segment[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<Segment, unknown>;
  let node = copy;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<Segment, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const REPLACEMENTS: [JsonTypeName, unknown][] = [
  ['string', 'text'],
  ['integer', 7],
  ['number', 7.5],
  ['boolean', true],
  ['null', null],
  ['object', {}],
  ['array', []],
];

function allowedBy(schema: SchemaNode, kind: JsonTypeName): boolean {
  const types: readonly JsonTypeName[] = typeof schema.type === 'string' ? [schema.type] : (schema.type ?? []);
  return types.includes(kind) || (kind === 'integer' && types.includes('number'));
}

/** Fixtures with every optional part filled in, so that every field gets mutated. */
const richDocs: Record<CollectionName, () => object> = {
  event_types: () => makeEventType({
    availability: makeAvailability({ overrides: [{ date: '2026-03-10', intervals: [{ start: '10:00', end: '12:00' }] }] }),
  }),
  links: () => makeLink({
    overrides: {
      durationMinutes: 45,
      name: 'Tailored',
      location: { kind: 'phone', details: '+1 555 0100' },
      availability: makeAvailability({ overrides: [{ date: '2026-03-10', intervals: [] }] }),
    },
    contact: { name: 'Bo', email: 'bo@example.com' },
    bookingIds: ['b-1'],
    useCount: 1,
    lastBookedAt: '2026-03-04T10:00:00.000Z',
  }),
  bookings: () => makeBooking({ linkId: 'l-1' }),
  calendar_feeds: () => makeCalendarFeed({ lastFetchedAt: '2026-03-04T10:00:00.000Z', lastError: 'timed out', busyCount: 3 }),
};

const COLLECTIONS = Object.keys(richDocs) as CollectionName[];

describe('validator properties', () => {
  it('every fixture passes its validator, however it is tailored', () => {
    const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    const interval = fc.tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 23 }), fc.constantFrom(0, 15, 30, 45))
      .filter(([a, b]) => a < b)
      .map(([a, b, m]) => ({ start: hhmm(a, m), end: hhmm(b, 0) }));
    fc.assert(fc.property(
      fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim() !== ''),
      fc.integer({ min: 5, max: 720 }),
      fc.integer({ min: 1, max: 1000 }),
      fc.integer({ min: 16, max: 96 }),
      fc.constantFrom(...LOCATION_KINDS),
      fc.constantFrom('Europe/Berlin', 'America/New_York', 'Pacific/Kiritimati', 'Asia/Kathmandu', 'UTC'),
      interval,
      fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2200-01-01T00:00:00Z'), noInvalidDate: true }),
      fc.constantFrom<'confirmed' | 'canceled'>('confirmed', 'canceled'),
      (name, duration, maxUses, tokenBytes, kind, timezone, onlyInterval, when, status) => {
        const location = { kind, details: '' };
        const availability = makeAvailability({ timezone, weekly: { ...makeAvailability().weekly, sat: [onlyInterval] } });
        const start = when.toISOString();
        expect(validateDocument('event_types', makeEventType({ name, durationMinutes: duration, location, availability })).ok).toBe(true);
        expect(validateDocument('links', makeLink({
          token: generateToken(tokenBytes), maxUses, overrides: { name, durationMinutes: duration, location, availability },
        })).ok).toBe(true);
        expect(validateDocument('bookings', makeBooking({ start, eventName: name, location, status })).ok).toBe(true);
      },
    ));
  });

  it.each(COLLECTIONS)('any field of %s given a value of another type is rejected, naming that field', (collection) => {
    const doc = richDocs[collection]();
    const schema = asSchemaNode(collectionSchemas[collection]);
    const paths = pathsOf(doc);
    fc.assert(fc.property(fc.constantFrom(...paths), fc.constantFrom(...REPLACEMENTS), (path, [kind, replacement]) => {
      fc.pre(!allowedBy(schemaAt(schema, path), kind));
      const result = validateDocument(collection, setAt(doc, path, replacement));
      expect(errorFields(result)).toContain(path.join('.'));
    }), { numRuns: 500 });
  });

  it('a day\'s intervals pass exactly when each ends after it starts and after the previous one ends', () => {
    const clock = fc.integer({ min: 0, max: 48 }).map((half) => `${String(Math.floor(half / 2)).padStart(2, '0')}:${half % 2 ? '30' : '00'}`);
    const intervals = fc.array(fc.record({ start: clock, end: clock }), { maxLength: 6 });
    const model = (list: TimeInterval[]) => list.every((iv, i) => iv.start < iv.end && (i === 0 || iv.start >= list[i - 1]!.end));
    fc.assert(fc.property(intervals, (list) => {
      const doc = makeEventType();
      doc.availability.weekly.mon = list;
      const result = validateEventType(doc);
      expect(result.ok).toBe(model(list));
      for (const field of errorFields(result)) expect(field).toMatch(/^availability\.weekly\.mon\.\d+\.(start|end)$/);
    }), { numRuns: 1000 });
  });
});
