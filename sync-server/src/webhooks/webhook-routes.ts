// Runs on the server. A host's webhooks, behind the host's bearer token (registered in the host
// scope of app/build-app.ts; DESIGN.md, "Webhooks"):
// - POST /api/webhooks {url, events} → 201 {id, url, events, secret} (the secret is shown once);
//   400 invalid_input naming the field (a URL that is not http(s), or resolves to loopback or a
//   private address unless ALLOW_PRIVATE_FETCH=true);
// - GET /api/webhooks → {webhooks: [{id, url, events, lastDelivery}]};
// - GET /api/webhooks/{id}/deliveries → {deliveries: [...]} (newest first, the last 50);
// - DELETE /api/webhooks/{id} → 204; 404 for a webhook the host has not.
// Deliveries go through the outbox (webhooks/deliver-webhook.ts).
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { requireHost } from '../auth/authenticate-host.ts';
import type { ServerConfig } from '../config/load-config.ts';
import type { Webhook, WebhookDelivery } from '../store/outbox-store.ts';
import type { Store } from '../store/store.ts';
import { checkWebhookAddress } from './check-webhook-address.ts';
import { parseWebhookBody } from './parse-webhook-body.ts';

const BODY_LIMIT = 16 * 1024;
/** A host has a few receivers (a CRM, a chat bot); the bound keeps one token from fanning out every booking without end. */
const MAX_WEBHOOKS = 20;

const isWebhookId = (id: string): boolean => /^[0-9a-f-]{36}$/.test(id);

function deliveryView(d: WebhookDelivery) {
  return { id: d.id, eventType: d.eventType, attemptedAt: d.attemptedAt, ok: d.ok, statusCode: d.statusCode, error: d.error };
}

async function ownWebhook(store: Store, hostId: string, id: string): Promise<Webhook | null> {
  if (!isWebhookId(id)) return null;
  const webhook = await store.outbox.findWebhook(id);
  return webhook && webhook.hostId === hostId ? webhook : null;
}

export function registerWebhookRoutes(app: FastifyInstance, store: Store, config: Pick<ServerConfig, 'allowPrivateFetch'>): void {
  app.post('/api/webhooks', { bodyLimit: BODY_LIMIT }, async (request, reply) => {
    const host = requireHost(request);
    const parsed = parseWebhookBody(request.body);
    if (!parsed.ok) return reply.code(400).send({ error: 'invalid_input', fields: parsed.fields });
    const refused = await checkWebhookAddress(parsed.url, config.allowPrivateFetch ?? false);
    if (refused) return reply.code(400).send({ error: 'invalid_input', fields: [{ field: 'url', message: refused }] });
    if ((await store.outbox.listWebhooks(host.id)).length >= MAX_WEBHOOKS) {
      return reply.code(400).send({ error: 'invalid_input', fields: [{ field: 'url', message: `a host may have at most ${MAX_WEBHOOKS} webhooks; delete one first` }] });
    }
    const webhook: Webhook = {
      id: randomUUID(), hostId: host.id, url: parsed.url.toString(), events: parsed.events,
      secret: `whsec_${randomBytes(32).toString('hex')}`, createdAt: new Date().toISOString(),
    };
    await store.outbox.createWebhook(webhook);
    return reply.code(201).send({ id: webhook.id, url: webhook.url, events: webhook.events, secret: webhook.secret });
  });

  app.get('/api/webhooks', async (request) => {
    const host = requireHost(request);
    const webhooks = await store.outbox.listWebhooks(host.id);
    return {
      webhooks: await Promise.all(webhooks.map(async (w) => {
        const [last] = await store.outbox.listDeliveries(w.id, 1);
        return { id: w.id, url: w.url, events: w.events, lastDelivery: last ? deliveryView(last) : null };
      })),
    };
  });

  app.get<{ Params: { id: string } }>('/api/webhooks/:id/deliveries', async (request, reply) => {
    const host = requireHost(request);
    const webhook = await ownWebhook(store, host.id, request.params.id);
    if (!webhook) return reply.code(404).send({ error: 'not_found' });
    return { deliveries: (await store.outbox.listDeliveries(webhook.id, 50)).map(deliveryView) };
  });

  app.delete<{ Params: { id: string } }>('/api/webhooks/:id', async (request, reply) => {
    const host = requireHost(request);
    if (!isWebhookId(request.params.id) || !(await store.outbox.deleteWebhook(host.id, request.params.id, new Date().toISOString()))) {
      return reply.code(404).send({ error: 'not_found' });
    }
    return reply.code(204).send();
  });
}
