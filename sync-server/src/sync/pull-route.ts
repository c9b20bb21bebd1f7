// Runs on the server. `GET /sync/{collection}/pull?seq=N&id=ID&limit=N` → `{documents, checkpoint}`.
import type { FastifyInstance } from 'fastify';
import { isCollectionName } from '../../../core/schemas/index.ts';
import { requireHost } from '../auth/authenticate-host.ts';
import type { Store } from '../store/store.ts';
import { parsePullQuery } from './parse-pull-query.ts';

export function registerPullRoute(app: FastifyInstance, store: Store): void {
  app.get<{ Params: { collection: string } }>('/sync/:collection/pull', async (request, reply) => {
    const host = requireHost(request);
    const { collection } = request.params;
    if (!isCollectionName(collection)) return reply.code(404).send({ error: 'not_found', message: `unknown collection "${collection.slice(0, 64)}"` });
    const query = parsePullQuery(request.query);
    if (!query.ok) return reply.code(400).send({ error: 'invalid_input', fields: query.fields });
    return store.pull(host.id, collection, query.checkpoint, query.limit);
  });
}
