// Runs in Node (bench). Loads the desktop's own database and replication modules from the
// renderer. They are typed against the DOM (tsconfig.web.json) and this folder is type-checked
// for Node, so they are imported by URL and described here by the little the bench calls; at
// run time they work in Node (the renderer's sync tests run them there too).
import type { RxStorage } from 'rxdb';

export interface RendererDatabase {
  collections: Record<string, { count(): { exec(): Promise<number> } }>;
  close(): Promise<boolean>;
}

export interface RendererSync {
  createAppDatabase(options: { name: string; storage: RxStorage<unknown, unknown> }): Promise<RendererDatabase>;
  startReplication(options: { db: RendererDatabase; serverUrl: string; token: string; onUnexpectedError?: (error: unknown) => void }): {
    awaitInSync(): Promise<void>;
    unsyncedIds$(collection: 'links'): { subscribe(next: (ids: ReadonlySet<string>) => void): { unsubscribe(): void } };
    stop(): Promise<void>;
  };
  PULL_BATCH_SIZE: number;
}

export async function loadRendererSync(): Promise<RendererSync> {
  const database = new URL('../../renderer/src/db/create-database.ts', import.meta.url).href;
  const sync = new URL('../../renderer/src/sync/index.ts', import.meta.url).href;
  const [{ createAppDatabase }, { startReplication, PULL_BATCH_SIZE }] = await Promise.all([import(database), import(sync)]) as [
    Pick<RendererSync, 'createAppDatabase'>,
    Pick<RendererSync, 'startReplication' | 'PULL_BATCH_SIZE'>,
  ];
  return { createAppDatabase, startReplication, PULL_BATCH_SIZE };
}
