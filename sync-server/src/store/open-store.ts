// Runs on the server. Opens the store the configuration names: SQLite file or PostgreSQL URL.
import type { DatabaseConfig } from '../config/parse-database-url.ts';
import { openPostgresStore, type PostgresStoreOptions } from './postgres/postgres-store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export function openStore(database: DatabaseConfig, options: PostgresStoreOptions = {}): Promise<Store> {
  return database.kind === 'sqlite' ? openSqliteStore(database.path) : openPostgresStore(database.url, options);
}
