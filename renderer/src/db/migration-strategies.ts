// renderer: RxDB schema migrations of the local collections, one entry per schema version after 0.
import type { MigrationStrategies } from 'rxdb';
import type { CollectionName } from '../../../core/schemas/index.ts';

/**
 * When a schema in core/schemas gets `version: n`, add `n: (oldDoc) => newDoc` here; RxDB runs
 * the steps on open (autoMigrate) before replication starts. A step fills new optional fields
 * with null, as the server's migration of the same version does for its stored documents, so
 * both sides hold the same document and replication sees no spurious difference.
 */
/**
 * The step for `editStamps` (core/schemas/edit-stamps-schema.ts): a document as it was has no
 * stamps, which is what the optional field means, so nothing changes (and the server needs no
 * migration of its own).
 */
const keepAsItIs = (doc: Record<string, unknown>) => doc;

export const migrationStrategies: Record<CollectionName, MigrationStrategies> = {
  // 1: meeting limits and the reminder (none on a type made before them).
  event_types: {
    1: (doc: Record<string, unknown>) => ({
      ...doc,
      maxBookingsPerDay: doc['maxBookingsPerDay'] ?? null,
      maxBookingsPerWeek: doc['maxBookingsPerWeek'] ?? null,
      reminderMinutes: doc['reminderMinutes'] ?? null,
    }),
    2: keepAsItIs,
  },
  links: { 1: keepAsItIs },
  calendar_feeds: { 1: keepAsItIs },
  // 1: the reschedule chain (a booking made before it was neither rescheduled nor a reschedule).
  bookings: {
    1: (doc: Record<string, unknown>) => ({
      ...doc,
      rescheduledFromId: doc['rescheduledFromId'] ?? null,
      rescheduledToId: doc['rescheduledToId'] ?? null,
    }),
  },
};
