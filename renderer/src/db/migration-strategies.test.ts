// Runs in tests. A database written by the app before the second round (schemas at version 0)
// opens with today's schemas: RxDB runs the migration steps and every document gains the new
// fields as null, as the server's migration 0005 gives its own copies.
import { createRxDatabase, type RxJsonSchema } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { collectionSchemas } from '../../../core/schemas/index.ts';
import { makeBooking, makeEventType, makeLink } from '../../../core/testing/fixtures.ts';
import { createAppDatabase } from './create-database.ts';
import { uniqueDatabaseName } from './testing/unique-database-name.ts';

/** A schema as it was at version 0: today's without the fields added since. */
function versionZero(schema: RxJsonSchema<object>, added: string[]): RxJsonSchema<object> {
  const properties = { ...(schema.properties as Record<string, unknown>) };
  for (const field of added) delete properties[field];
  return { ...schema, version: 0, properties } as RxJsonSchema<object>;
}

function without<T extends object>(doc: T, fields: string[]): T {
  const copy = { ...doc } as Record<string, unknown>;
  for (const field of fields) delete copy[field];
  return copy as T;
}

const EVENT_TYPE_FIELDS = ['maxBookingsPerDay', 'maxBookingsPerWeek', 'reminderMinutes'];
const BOOKING_FIELDS = ['rescheduledFromId', 'rescheduledToId'];

describe('migrationStrategies', () => {
  it('fills the limits, the reminder and the reschedule chain with null in a version-0 database', async () => {
    const storage = getRxStorageMemory();
    const name = uniqueDatabaseName();
    const eventType = makeEventType();
    const booking = makeBooking({ eventTypeId: eventType.id });
    const link = makeLink({ eventTypeId: eventType.id });

    const old = await createRxDatabase({ name, storage, multiInstance: false });
    await old.addCollections({
      event_types: { schema: versionZero(collectionSchemas.event_types as RxJsonSchema<object>, EVENT_TYPE_FIELDS) },
      links: { schema: { ...collectionSchemas.links, version: 0 } as RxJsonSchema<object> },
      bookings: { schema: versionZero(collectionSchemas.bookings as RxJsonSchema<object>, BOOKING_FIELDS) },
    });
    await old['event_types']!.insert(without(eventType, EVENT_TYPE_FIELDS));
    await old['bookings']!.insert(without(booking, BOOKING_FIELDS));
    await old['links']!.insert(link);
    await old.close();

    const db = await createAppDatabase({ name, storage, devMode: true });
    try {
      expect((await db.event_types.findOne(eventType.id).exec())?.toJSON()).toEqual(eventType);
      expect((await db.bookings.findOne(booking.id).exec())?.toJSON()).toEqual(booking);
      expect((await db.links.findOne(link.id).exec())?.toJSON()).toEqual(link);
    } finally {
      await db.close();
    }
  });
});
