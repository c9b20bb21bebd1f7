// Runs in tests. The document validators (pushes and the desktop's forms alike) refuse text the
// databases and pages cannot hold, in every string field and key: NUL and lone surrogates
// anywhere, control characters in single-line fields; free text keeps line breaks and tabs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CollectionName } from '../schemas/index.ts';
import { makeBooking, makeEventType, makeLink, replicated } from '../testing/fixtures.ts';
import { errorFields, errorFor } from '../testing/validation-helpers.ts';
import { makeCalendarFeed } from '../testing/calendar-feed-fixture.ts';
import { FREE_TEXT_MESSAGE, SINGLE_LINE_MESSAGE, UNSTORABLE_TEXT_MESSAGE } from './check-text.ts';
import { validateDocument } from './validate-document.ts';

const LINK_WITH_OVERRIDES = makeLink({ overrides: { name: 'Intro for Ada', location: { kind: 'phone', details: '+44 20 7946 0000' } }, contact: { name: 'Ada', email: 'ada@example.com' }, note: 'Met at the fair.' });
const BOOKING = makeBooking({ invitee: { name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'Europe/London', notes: 'About the engine.' }, cancelReason: '' });

const DOCS: Record<CollectionName, object> = { event_types: replicated(makeEventType()), links: replicated(LINK_WITH_OVERRIDES), bookings: replicated(BOOKING), calendar_feeds: replicated(makeCalendarFeed({ lastError: 'could not parse\nline 3' })) };
const FREE_TEXT: Record<CollectionName, string[]> = {
  event_types: ['description', 'location.details'],
  links: ['note', 'overrides.location.details'],
  bookings: ['invitee.notes', 'cancelReason', 'location.details'],
  calendar_feeds: ['lastError'],
};

/** Dot paths of every string leaf. */
function stringPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => stringPaths(child, prefix === '' ? key : `${prefix}.${key}`));
}

function withString(doc: object, path: string, edit: (old: string) => string): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  node[last] = edit(node[last] as string);
  return copy;
}

const COLLECTIONS = Object.keys(DOCS) as CollectionName[];

describe('document validators and text', () => {
  it('start from fixtures that pass', () => {
    for (const collection of COLLECTIONS) expect(validateDocument(collection, DOCS[collection]).ok, collection).toBe(true);
  });

  it('refuse NUL or a lone surrogate in any string field, naming that field', () => {
    const cases = COLLECTIONS.flatMap((collection) => stringPaths(DOCS[collection]).map((path) => ({ collection, path })));
    expect(cases.length).toBeGreaterThan(40);
    fc.assert(fc.property(fc.constantFrom(...cases), fc.constantFrom('\u0000', '\uD800', '\uDFFF'), fc.nat(3), ({ collection, path }, bad, at) => {
      const doc = withString(DOCS[collection], path, (old) => old.slice(0, at) + bad + old.slice(at));
      expect(errorFields(validateDocument(collection, doc)), `${collection} ${path}`).toContain(path);
    }), { numRuns: 2000 });
  });

  it('refuse a line break in every single-line field and keep it in free text', () => {
    for (const collection of COLLECTIONS) {
      for (const path of stringPaths(DOCS[collection])) {
        const result = validateDocument(collection, withString(DOCS[collection], path, (old) => `${old}\nsecond line`));
        if (FREE_TEXT[collection].includes(path)) expect(result.ok, `${collection} ${path}`).toBe(true);
        else expect(errorFields(result), `${collection} ${path}`).toContain(path);
      }
    }
  });

  it('say which rule a name or a description broke', () => {
    const eventType = makeEventType();
    expect(errorFor(validateDocument('event_types', { ...eventType, name: 'Intro\tcall' }), 'name')).toBe(SINGLE_LINE_MESSAGE);
    expect(errorFor(validateDocument('event_types', { ...eventType, name: 'Intro\u2028call' }), 'name')).toBe(SINGLE_LINE_MESSAGE);
    expect(errorFor(validateDocument('event_types', { ...eventType, name: 'Intro\u0085' }), 'name')).toBe(SINGLE_LINE_MESSAGE);
    expect(validateDocument('event_types', { ...eventType, description: 'Agenda:\n\t1. hello\r\n' }).ok).toBe(true);
    expect(errorFor(validateDocument('event_types', { ...eventType, description: 'bell\u0007' }), 'description')).toBe(FREE_TEXT_MESSAGE);
    expect(errorFor(validateDocument('event_types', { ...eventType, description: 'a\u0000' }), 'description')).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(errorFor(validateDocument('links', { ...LINK_WITH_OVERRIDES, contact: { name: 'Ada\nBob', email: '' } }), 'contact.name')).toBe(SINGLE_LINE_MESSAGE);
    expect(errorFor(validateDocument('bookings', { ...BOOKING, invitee: { ...BOOKING.invitee, notes: 'x\uDC00' } }), 'invitee.notes')).toBe(UNSTORABLE_TEXT_MESSAGE);
  });

  it('refuse a key a database cannot store, even where no schema describes the value', () => {
    const doc = { ...DOCS.event_types, _meta: { ['lwt\u0000']: 1 } };
    expect(errorFields(validateDocument('event_types', doc))).toContain('_meta.lwt\u0000');
  });
});
