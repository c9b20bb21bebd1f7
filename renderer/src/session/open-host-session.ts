// renderer: one host's working session: their local database and its replication with the server.
import { createAppDatabase } from '../db/create-database.ts';
import type { AppDatabase } from '../db/app-database-types.ts';
import { startReplication } from '../sync/start-replication.ts';
import type { SyncController } from '../sync/sync-types.ts';
import { deleteLeftoverDatabases } from './delete-leftover-databases.ts';
import { databaseNameFor, publicBaseOf, type HostProfile } from './host-profile.ts';

export interface HostSession {
  serverUrl: string;
  /** Base of the URLs invitees open (links, standard links, previews). */
  publicUrl: string;
  token: string;
  profile: HostProfile;
  db: AppDatabase;
  sync: SyncController;
}

export interface OpenHostSessionInput {
  serverUrl: string;
  token: string;
  profile: HostProfile;
}

/** Retries stay within 10 s, so a server that comes back is noticed soon even after a long outage. */
const BACKOFF = { initialMs: 1000, maxMs: 10_000 };

export async function openHostSession({ serverUrl, token, profile }: OpenHostSessionInput): Promise<HostSession> {
  const db = await createAppDatabase({ name: databaseNameFor(profile) });
  try {
    const sync = startReplication({ db, serverUrl, token, backoff: BACKOFF });
    return { serverUrl, publicUrl: publicBaseOf(profile, serverUrl), token, profile, db, sync };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/** Same host, new server URL or token: the database stays open, only replication starts over. */
export async function reconnectHostSession(session: HostSession, { serverUrl, token, profile }: OpenHostSessionInput): Promise<HostSession> {
  await session.sync.stop();
  const sync = startReplication({ db: session.db, serverUrl, token, backoff: BACKOFF });
  return { serverUrl, publicUrl: publicBaseOf(profile, serverUrl), token, profile, db: session.db, sync };
}

/** Stops syncing; `removeData` deletes the host's local database (sign out, or another host). */
export async function closeHostSession(session: HostSession, { removeData }: { removeData: boolean }): Promise<void> {
  await session.sync.stop();
  if (removeData) {
    const name = session.db.name;
    await session.db.remove();
    await deleteLeftoverDatabases(name);
  } else {
    await session.db.close();
  }
}
