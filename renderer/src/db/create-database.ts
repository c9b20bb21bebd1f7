// renderer: opens the app's RxDB database with the three replicated collections of core/schemas.
import { addRxPlugin, createRxDatabase, type RxCollectionCreator, type RxStorage } from 'rxdb';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { COLLECTION_NAMES, collectionSchemas, type CollectionName } from '../../../core/schemas/index.ts';
import type { AppDatabase } from './app-database-types.ts';
import { createConflictHandler } from './create-conflict-handler.ts';
import { deviceIdOf } from './device-id.ts';
import { dropStorageAdvert } from './drop-storage-advert.ts';
import { installEditStamps } from './install-edit-stamps.ts';
import { loadDevMode } from './load-dev-mode.ts';
import { migrationStrategies } from './migration-strategies.ts';

export interface CreateAppDatabaseOptions {
  /** The IndexedDB database name, e.g. one per host. Letters, digits, `-` and `_`; starts with a letter. */
  name: string;
  /** Default: Dexie on IndexedDB. Tests pass `getRxStorageMemory()` from rxdb/plugins/storage-memory. */
  storage?: RxStorage<unknown, unknown>;
  /** RxDB dev-mode and schema validation: for tests and development only, never in a build. */
  devMode?: boolean;
}

const NAME_PATTERN = /^[a-z][a-z0-9_-]*$/;

export async function createAppDatabase(options: CreateAppDatabaseOptions): Promise<AppDatabase> {
  if (!NAME_PATTERN.test(options.name)) {
    throw new Error(`name: "${options.name}" must start with a lowercase letter and hold only lowercase letters, digits, "-" and "_"`);
  }
  dropStorageAdvert();
  addRxPlugin(RxDBMigrationSchemaPlugin);
  addRxPlugin(RxDBLocalDocumentsPlugin);
  let storage: RxStorage<unknown, unknown> = options.storage ?? getRxStorageDexie();
  if (options.devMode) storage = await loadDevMode(storage);

  const db = await createRxDatabase<AppDatabase['collections']>({
    name: options.name,
    storage,
    // One window holds the database; no leader election between tabs.
    multiInstance: false,
    eventReduce: true,
    // The sync layer keeps its own small state (last sync time) as local documents.
    localDocuments: true,
  });
  try {
    const creators = {} as Record<CollectionName, RxCollectionCreator>;
    for (const name of COLLECTION_NAMES) {
      creators[name] = {
        schema: collectionSchemas[name],
        migrationStrategies: migrationStrategies[name],
        autoMigrate: true,
        conflictHandler: createConflictHandler(name),
      } as RxCollectionCreator;
    }
    await db.addCollections(creators);
    installEditStamps(db as AppDatabase, await deviceIdOf(db as AppDatabase));
  } catch (error) {
    await db.close();
    throw error;
  }
  return db as AppDatabase;
}
