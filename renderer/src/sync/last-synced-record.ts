// renderer: remembers the last successful sync time across restarts (an RxDB local document),
// so the app started offline can still say when it last synced.
import type { AppDatabase } from '../db/app-database-types.ts';

const LOCAL_ID = 'sync-status';

interface LastSyncedRecord {
  serverUrl: string;
  lastSyncedAt: string;
}

/** RxDB's "local documents not activated": the database is closing (it drops them first). */
export function isClosingDatabaseError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'LD8';
}

/** The remembered time for this server, or null. */
export async function readLastSyncedAt(db: AppDatabase, serverUrl: string): Promise<string | null> {
  const doc = await db.getLocal<LastSyncedRecord>(LOCAL_ID);
  const record = doc?.toJSON().data;
  return record && record.serverUrl === serverUrl && typeof record.lastSyncedAt === 'string' ? record.lastSyncedAt : null;
}

export async function writeLastSyncedAt(db: AppDatabase, serverUrl: string, lastSyncedAt: string): Promise<void> {
  await db.upsertLocal<LastSyncedRecord>(LOCAL_ID, { serverUrl, lastSyncedAt });
}
