// renderer: the local database, as the screens and the sync layer use it.
export * from './app-database-types.ts';
export { createAppDatabase, type CreateAppDatabaseOptions } from './create-database.ts';
export { createConflictHandler } from './create-conflict-handler.ts';
export { stripRxdbInternals } from './strip-rxdb-internals.ts';
export { deviceIdOf } from './device-id.ts';
