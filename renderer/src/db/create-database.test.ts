// test: the app database opens with the three collections, validates documents and keeps data.
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { COLLECTION_NAMES } from '../../../core/schemas/index.ts';
import { makeBooking, makeEventType, makeLink } from '../../../core/testing/fixtures.ts';
import { createAppDatabase } from './create-database.ts';
import { uniqueDatabaseName } from './testing/unique-database-name.ts';

describe('createAppDatabase', () => {
  it('opens the three collections of the data contract and stores valid documents', async () => {
    const db = await createAppDatabase({ name: uniqueDatabaseName(), storage: getRxStorageMemory(), devMode: true });
    try {
      expect(Object.keys(db.collections).sort()).toEqual([...COLLECTION_NAMES].sort());
      const eventType = makeEventType();
      await db.event_types.insert(eventType);
      await db.links.insert(makeLink({ eventTypeId: eventType.id }));
      await db.bookings.insert(makeBooking({ eventTypeId: eventType.id }));
      const stored = await db.event_types.findOne(eventType.id).exec();
      expect(stored?.toJSON()).toEqual(eventType);
      expect(await db.links.count().exec()).toBe(1);
      expect(await db.bookings.count().exec()).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('refuses a document that breaks the schema (dev-mode validation)', async () => {
    const db = await createAppDatabase({ name: uniqueDatabaseName(), storage: getRxStorageMemory(), devMode: true });
    try {
      await expect(db.event_types.insert(makeEventType({ slug: 'Not A Slug' }))).rejects.toThrow(/slug|pattern|VD2/i);
    } finally {
      await db.close();
    }
  });

  it('names the option at fault for a database name IndexedDB would not like', async () => {
    await expect(createAppDatabase({ name: 'Has Spaces', storage: getRxStorageMemory() })).rejects.toThrow(/^name: /);
  });
});
