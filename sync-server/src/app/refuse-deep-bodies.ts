// Runs on the server. A hook on every route, right after the body is parsed (JSON or form): a body
// nested deeper than MAX_BODY_DEPTH is answered 400 naming the problem before any handler walks it.
import type { FastifyInstance } from 'fastify';
import { MAX_BODY_DEPTH, nestsDeeperThan } from './json-depth.ts';

export function refuseDeepBodies(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    if (!nestsDeeperThan(request.body, MAX_BODY_DEPTH)) return;
    await reply.code(400).send({ error: 'invalid_input', fields: [{ field: 'body', message: `must not nest objects or arrays more than ${MAX_BODY_DEPTH} levels deep` }] });
  });
}
