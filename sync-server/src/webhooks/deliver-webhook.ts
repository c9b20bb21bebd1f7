// Runs on the server. One delivery attempt of a 'webhook' outbox row: POST the event's JSON body to
// the webhook's URL, signed, through the guarded fetch (safe-fetch/: public addresses only unless
// ALLOW_PRIVATE_FETCH, the checked address pinned, a deadline; a redirect is not followed and
// counts as a failure). Every attempt is recorded for the host's "last deliveries"; a non-2xx
// answer or a timeout throws, so the worker retries with backoff.
import { randomUUID } from 'node:crypto';
import { safeFetch } from '../safe-fetch/safe-fetch.ts';
import type { OutboxRow } from '../store/outbox-store.ts';
import type { Store } from '../store/store.ts';
import { signWebhookBody } from './sign-webhook-body.ts';

/** A receiver should answer at once and work later; one that takes longer is retried. */
const WEBHOOK_TIMEOUT_MS = 10_000;

export interface WebhookDeliveryOptions {
  allowPrivate: boolean;
  now?: () => Date;
}

export function createWebhookDeliverer(store: Store, options: WebhookDeliveryOptions): (row: OutboxRow) => Promise<void> {
  const now = options.now ?? (() => new Date());
  return async (row) => {
    if (!row.webhookId) throw new Error('a webhook row without its webhook');
    const webhook = await store.outbox.findWebhook(row.webhookId);
    if (!webhook) throw new Error('the webhook was deleted');
    const at = now();
    const record = (ok: boolean, statusCode: number | null, error: string | null) => store.outbox.recordDelivery({
      id: randomUUID(), webhookId: webhook.id, outboxId: row.id, eventType: row.topic, attemptedAt: at.toISOString(), ok, statusCode, error,
    });
    let status: number;
    try {
      const response = await safeFetch(webhook.url, {
        allowPrivate: options.allowPrivate, method: 'POST', body: row.payload, timeoutMs: WEBHOOK_TIMEOUT_MS, maxBytes: 64 * 1024,
        headers: { 'content-type': 'application/json', 'x-1x-signature': signWebhookBody(webhook.secret, row.payload, Math.floor(at.getTime() / 1000)) },
      });
      status = response.status;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await record(false, null, message);
      throw error;
    }
    const ok = status >= 200 && status < 300;
    await record(ok, status, ok ? null : `the receiver answered ${status}`);
    if (!ok) throw new Error(`the receiver answered ${status}`);
  };
}
