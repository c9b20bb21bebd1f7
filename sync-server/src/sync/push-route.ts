// Runs on the server. `POST /sync/{collection}/push` with `[{assumedMasterState?, newDocumentState}]`
// → the stored documents of the rows that conflicted (empty when everything was written).
import type { FastifyInstance } from 'fastify';
import { isCollectionName } from '../../../core/schemas/index.ts';
import { requireHost } from '../auth/authenticate-host.ts';
import type { Store } from '../store/store.ts';
import { applyPush } from './apply-push.ts';
import { parsePushBody } from './parse-push-body.ts';
import { PushRejectedError } from './push-errors.ts';

/** Room for a full batch of large event types (long override lists). */
export const PUSH_BODY_LIMIT = 16 * 1024 * 1024;

export function registerPushRoute(app: FastifyInstance, store: Store): void {
  app.post<{ Params: { collection: string } }>('/sync/:collection/push', { bodyLimit: PUSH_BODY_LIMIT }, async (request, reply) => {
    const host = requireHost(request);
    const { collection } = request.params;
    if (!isCollectionName(collection)) return reply.code(404).send({ error: 'not_found', message: `unknown collection "${collection.slice(0, 64)}"` });
    const parsed = parsePushBody(collection, request.body);
    if (!parsed.ok) return reply.code(400).send(parsed.body);
    try {
      const outcome = await applyPush(store, host.id, collection, parsed.rows);
      if (outcome.kept.length > 0) request.log.info({ hostId: host.id, collection, kept: outcome.kept }, 'push broke a rule; stored values kept');
      return outcome.conflicts;
    } catch (error) {
      if (error instanceof PushRejectedError) return reply.code(400).send(error.body);
      throw error;
    }
  });
}
