// renderer: RxDB's push handler for one collection: `POST /sync/{collection}/push`, answered
// with the server's versions of the rows that conflicted.
import type { ReplicationPushHandler, RxCollection, RxReplicationWriteToMasterRow, WithDeleted } from 'rxdb';
import type { CollectionDocs, CollectionName } from '../../../core/schemas/index.ts';
import { stripRxdbInternals } from '../db/strip-rxdb-internals.ts';
import type { SyncHttpClient } from './sync-http-client.ts';

function parseConflicts<T>(body: unknown): WithDeleted<T>[] {
  if (!Array.isArray(body)) throw new Error('a push answer is an array of conflicting documents');
  return body as WithDeleted<T>[];
}

export function createPushHandler<C extends CollectionName>(
  client: SyncHttpClient,
  collection: RxCollection<CollectionDocs[C]>,
  name: C,
): ReplicationPushHandler<CollectionDocs[C]> {
  type Doc = CollectionDocs[C];

  /**
   * The server refuses a whole batch when one document breaks its rules (say, a slug another
   * device took meanwhile). RxDB would send the same rows forever and hold every later change
   * behind them; sending the current local versions lets the host's fix go through.
   */
  async function refreshRows(rows: RxReplicationWriteToMasterRow<Doc>[]): Promise<void> {
    const ids = rows.map((row) => (row.newDocumentState as { id: string }).id);
    const current = await collection.storageInstance.findDocumentsById(ids, true);
    const byId = new Map(current.map((doc) => [(doc as { id: string }).id, doc]));
    for (const row of rows) {
      const latest = byId.get((row.newDocumentState as { id: string }).id);
      if (latest) row.newDocumentState = stripRxdbInternals(latest) as WithDeleted<Doc>;
    }
  }

  return (rows) =>
    client.requestJson({
      channel: `push:${name}`,
      what: `sending changes to ${name.replace('_', ' ')}`,
      path: `/sync/${name}/push`,
      method: 'POST',
      body: () => rows,
      parse: (body) => parseConflicts<Doc>(body),
      beforeRetry: async (failure) => {
        if (failure.httpStatus !== undefined && failure.httpStatus >= 400 && failure.httpStatus < 500 && failure.httpStatus !== 401 && failure.httpStatus !== 429) {
          await refreshRows(rows);
        }
      },
    });
}
