// Runs on the server. Links minted by API, for a host's own tools (a CRM, a script), behind the
// host's bearer token (registered in the host scope of app/build-app.ts):
// - POST /api/links {eventTypeId | eventTypeSlug, maxUses?, expiresAt?, contact?, overrides?, note?}
//   → 201 {link, url}; 400 invalid_input naming each field; 404 for an event type the host has not.
// - GET /api/links?status=unused|used|revoked|expired&limit=1..100&cursor= → {links: [{link, url}],
//   nextCursor}: ordered by last change, oldest first (list-links.ts); statuses in link-status.ts.
// - POST /api/links/{id}/revoke → 200 {link}, idempotent; 404 for a link the host has not.
// Every route counts against one budget per host token (LINKS_API_RATE_LIMIT a minute): past it
// 429 {error: 'rate_limited'}. Keyed by the authenticated host, not the IP, so one host's script
// cannot spend another's budget behind a shared proxy.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { requireHost } from '../auth/authenticate-host.ts';
import { isStorableText } from '../../../core/validation/index.ts';
import { DEFAULT_LINKS_API_RATE_LIMIT, type ServerConfig } from '../config/load-config.ts';
import type { Store } from '../store/store.ts';
import { listLinks } from './list-links.ts';
import { mintLink } from './mint-link.ts';
import { parseListLinksQuery } from './parse-list-links-query.ts';
import { revokeLink } from './revoke-link.ts';

/** A link request is a few fields; even a full availability override fits many times over. */
export const LINKS_BODY_LIMIT = 64 * 1024;

export async function registerLinkRoutes(app: FastifyInstance, store: Store, config: Pick<ServerConfig, 'publicUrl' | 'linksApiRateLimit'>): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(rateLimit, { global: false, keyGenerator: (request) => requireHost(request).id });
    // One limiter for all three routes: per-route limits would give a token the budget three times.
    const limit = scope.rateLimit({ max: config.linksApiRateLimit ?? DEFAULT_LINKS_API_RATE_LIMIT, timeWindow: 60_000 });

    scope.post('/api/links', { bodyLimit: LINKS_BODY_LIMIT, onRequest: limit }, async (request, reply) => {
      const host = requireHost(request);
      const outcome = await mintLink(store, { hostId: host.id, publicUrl: config.publicUrl, body: request.body });
      if (outcome.kind === 'invalid') return reply.code(400).send({ error: 'invalid_input', fields: outcome.fields });
      if (outcome.kind === 'event_type_not_found') return reply.code(404).send({ error: 'not_found' });
      return reply.code(201).send({ link: outcome.link, url: outcome.url });
    });

    scope.get('/api/links', { onRequest: limit }, async (request, reply) => {
      const host = requireHost(request);
      const parsed = parseListLinksQuery(request.query);
      if (!parsed.ok) return reply.code(400).send({ error: 'invalid_input', fields: parsed.fields });
      return listLinks(store, host.id, config.publicUrl, parsed.query);
    });

    scope.post<{ Params: { id: string } }>('/api/links/:id/revoke', { bodyLimit: LINKS_BODY_LIMIT, onRequest: limit }, async (request, reply) => {
      const host = requireHost(request);
      const { id } = request.params;
      // No stored id is longer or holds such characters: it names no link.
      if (id.length > 64 || !isStorableText(id)) return reply.code(404).send({ error: 'not_found' });
      const link = await revokeLink(store, host.id, id);
      if (!link) return reply.code(404).send({ error: 'not_found' });
      return { link };
    });
  });
}
