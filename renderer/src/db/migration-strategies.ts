// renderer: RxDB schema migrations of the local collections, one entry per schema version after 0.
import type { MigrationStrategies } from 'rxdb';
import type { CollectionName } from '../../../core/schemas/index.ts';

/**
 * When a schema in core/schemas gets `version: n`, add `n: (oldDoc) => newDoc` here; RxDB runs
 * the steps on open (autoMigrate) before replication starts. Every schema is at version 0 now.
 */
export const migrationStrategies: Record<CollectionName, MigrationStrategies> = {
  event_types: {},
  links: {},
  bookings: {},
};
