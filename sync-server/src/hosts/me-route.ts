// Runs on the server. `GET /api/me`: who the token belongs to, and the public base URL the
// invitees' links must use (the desktop may reach the server at another address, e.g.
// http://127.0.0.1:8787 behind a proxy that invitees know as https://book.example.com).
// `PATCH /api/me`: the host changes its own name, email, time zone or booking-page slug; the
// answer is the new `/api/me` body, 400 naming each bad field, 409 when the slug is taken.
// `photoUrl` is where the host's profile photo is served (null when none; me-photo-routes.ts).
import type { FastifyInstance } from 'fastify';
import { requireHost } from '../auth/authenticate-host.ts';
import type { ServerConfig } from '../config/load-config.ts';
import type { Host, Store } from '../store/store.ts';
import { hostPhotoPath } from './host-photo-path.ts';
import { updateHostProfile } from './update-host-profile.ts';
import { parseHostPatch } from './validate-host-input.ts';

function meBody(host: Host, publicUrl: string) {
  const photoUrl = host.photoHash ? `${publicUrl}${hostPhotoPath(host.slug, host.photoHash)}` : null;
  return { hostId: host.id, name: host.name, slug: host.slug, timezone: host.timezone, email: host.email, publicUrl, photoUrl };
}

export function registerMeRoute(app: FastifyInstance, store: Store, config: Pick<ServerConfig, 'publicUrl'>): void {
  app.get('/api/me', async (request) => meBody(requireHost(request), config.publicUrl));

  app.patch('/api/me', async (request, reply) => {
    const host = requireHost(request);
    const parsed = parseHostPatch(request.body);
    if (!parsed.ok) return reply.code(400).send({ error: 'invalid_input', fields: parsed.errors });
    const result = await updateHostProfile(store, host.id, parsed.patch);
    if (result.ok) return meBody(result.host, config.publicUrl);
    if (result.problem === 'invalid_input') return reply.code(400).send({ error: 'invalid_input', fields: result.errors });
    if (result.problem === 'slug_taken') {
      return reply.code(409).send({ error: 'slug_taken', fields: [{ field: 'slug', message: `"${parsed.patch.slug ?? ''}" is already taken` }] });
    }
    // The token's host was removed between the check and the update: as if the token were wrong.
    return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized' });
  });
}
