// Runs in tests. The ownership table against the data contract (ARCHITECTURE.md, "The data contract").
import { describe, expect, it } from 'vitest';
import { asSchemaNode } from '../validation/schema-node.ts';
import { collectionSchemas, COLLECTION_NAMES } from '../schemas/index.ts';
import { isClientOwnedField, SERVER_OWNED_FIELDS } from './field-ownership.ts';

describe('field ownership', () => {
  it('gives the server redemption state of links and all of a booking but the host\'s cancel', () => {
    expect([...SERVER_OWNED_FIELDS.links].sort()).toEqual(['bookingIds', 'lastBookedAt', 'useCount']);
    const bookingFields = Object.keys(asSchemaNode(collectionSchemas.bookings).properties ?? {});
    expect(bookingFields.filter((f) => isClientOwnedField('bookings', f)).sort()).toEqual(['cancelReason', 'status']);
    expect(SERVER_OWNED_FIELDS.event_types).toEqual([]);
  });

  it('names only fields that exist in the schemas', () => {
    for (const collection of COLLECTION_NAMES) {
      const fields = Object.keys(asSchemaNode(collectionSchemas[collection]).properties ?? {});
      for (const field of SERVER_OWNED_FIELDS[collection]) expect(fields).toContain(field);
    }
  });

  it('treats _deleted as the client\'s and RxDB internals as nobody\'s', () => {
    for (const collection of COLLECTION_NAMES) {
      expect(isClientOwnedField(collection, '_deleted')).toBe(true);
      for (const internal of ['_meta', '_rev', '_attachments']) expect(isClientOwnedField(collection, internal)).toBe(false);
    }
  });
});
