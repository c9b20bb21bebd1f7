// Runs on the server. `GET /api/me`: who the token belongs to.
import type { FastifyInstance } from 'fastify';
import { requireHost } from '../auth/authenticate-host.ts';

export function registerMeRoute(app: FastifyInstance): void {
  app.get('/api/me', async (request) => {
    const host = requireHost(request);
    return { hostId: host.id, name: host.name, slug: host.slug, timezone: host.timezone };
  });
}
