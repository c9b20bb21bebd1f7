// Runs on the server. `GET /api/me`: who the token belongs to, and the public base URL the
// invitees' links must use (the desktop may reach the server at another address, e.g.
// http://127.0.0.1:8787 behind a proxy that invitees know as https://book.example.com).
import type { FastifyInstance } from 'fastify';
import { requireHost } from '../auth/authenticate-host.ts';
import type { ServerConfig } from '../config/load-config.ts';

export function registerMeRoute(app: FastifyInstance, config: Pick<ServerConfig, 'publicUrl'>): void {
  app.get('/api/me', async (request) => {
    const host = requireHost(request);
    return { hostId: host.id, name: host.name, slug: host.slug, timezone: host.timezone, publicUrl: config.publicUrl };
  });
}
