// Runs anywhere (shared). The fields of each collection a host edits, each with its own edit
// stamp: the keys of the schema's `editStamps` (core/schemas/edit-stamps-schema.ts). Bookings
// have none: the host's only change to one is the one-way cancel, which field ownership settles.
import { collectionSchemas, type CollectionName } from '../schemas/index.ts';

function fieldsOf(collection: CollectionName): readonly string[] {
  const properties = collectionSchemas[collection].properties as Record<string, { properties?: object } | undefined>;
  return Object.freeze(Object.keys(properties['editStamps']?.properties ?? {}));
}

const EDITED_FIELDS: Readonly<Record<CollectionName, readonly string[]>> = Object.freeze({
  event_types: fieldsOf('event_types'),
  links: fieldsOf('links'),
  bookings: fieldsOf('bookings'),
  calendar_feeds: fieldsOf('calendar_feeds'),
});

export function editedFields(collection: CollectionName): readonly string[] {
  return EDITED_FIELDS[collection];
}
