// renderer: RxDB's pull handler for one collection: `GET /sync/{collection}/pull?seq=&id=&limit=`.
import type { ReplicationPullHandler, WithDeleted } from 'rxdb';
import type { CollectionDocs, CollectionName } from '../../../core/schemas/index.ts';
import type { SyncHttpClient } from './sync-http-client.ts';
import type { SyncCheckpoint } from './sync-types.ts';

interface PullAnswer<T> {
  documents: WithDeleted<T>[];
  checkpoint: SyncCheckpoint;
}

function parsePullAnswer<T>(body: unknown): PullAnswer<T> {
  const answer = body as Partial<PullAnswer<T>> | null;
  const checkpoint = answer?.checkpoint;
  if (!Array.isArray(answer?.documents) || typeof checkpoint?.seq !== 'number' || typeof checkpoint.id !== 'string') {
    throw new Error('a pull answer needs documents and a checkpoint {seq, id}');
  }
  return { documents: answer.documents, checkpoint: { seq: checkpoint.seq, id: checkpoint.id } };
}

export function createPullHandler<C extends CollectionName>(client: SyncHttpClient, collection: C): ReplicationPullHandler<CollectionDocs[C], SyncCheckpoint> {
  return (checkpoint, batchSize) => {
    const query = new URLSearchParams({ limit: String(batchSize) });
    if (checkpoint) {
      query.set('seq', String(checkpoint.seq));
      query.set('id', checkpoint.id);
    }
    return client.requestJson({
      channel: `pull:${collection}`,
      what: `fetching ${collection.replace('_', ' ')}`,
      path: `/sync/${collection}/pull?${query.toString()}`,
      parse: (body) => parsePullAnswer<CollectionDocs[C]>(body),
    });
  };
}
