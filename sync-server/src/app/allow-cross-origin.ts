// Runs on the server. Host endpoints answer cross-origin requests (the desktop renderer is not
// served from this origin). Safe to allow every origin: they authenticate with a bearer token a
// page must already hold, never with cookies.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const CROSS_ORIGIN_PATHS = ['/api/me', '/api/me/photo', '/sync/:collection/pull', '/sync/:collection/push', '/sync/stream', '/api/links', '/api/links/:id/revoke',
  '/api/webhooks', '/api/webhooks/:id', '/api/webhooks/:id/deliveries', '/api/outbox', '/api/outbox/:id/retry'];

/** onRequest hook: marks the answer readable from any origin (401s included). */
export async function allowAnyOrigin(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.headers.origin) reply.header('access-control-allow-origin', '*');
}

/** Preflight answers for the host endpoints; they must not need the token (browsers send none). */
export function registerPreflightRoutes(app: FastifyInstance): void {
  for (const path of CROSS_ORIGIN_PATHS) {
    app.options(path, async (_request, reply) => {
      return reply
        .code(204)
        .header('access-control-allow-origin', '*')
        .header('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS')
        .header('access-control-allow-headers', 'authorization, content-type')
        .header('access-control-max-age', '600')
        .send();
    });
  }
}
