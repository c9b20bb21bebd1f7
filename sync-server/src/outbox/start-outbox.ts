// Runs on the server. The serve command's outbox: the mail sender (SMTP_URL, or .eml files under
// the data folder's outbox/ with no SMTP_URL, said at start), the webhook deliverer and the worker.
import { dirname, join, resolve } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { DEFAULT_OUTBOX, type MailConfig, type ServerConfig } from '../config/load-config.ts';
import { createMailSender } from '../email/create-mail-sender.ts';
import type { Store } from '../store/store.ts';
import { createWebhookDeliverer } from '../webhooks/deliver-webhook.ts';
import { startOutboxWorker, type OutboxWorker } from './start-outbox-worker.ts';

/** Where .eml files go without SMTP_URL: beside the SQLite file, or ./data/outbox on PostgreSQL. */
export function outboxFolderOf(config: Pick<ServerConfig, 'database'>, cwd = process.cwd()): string {
  return config.database.kind === 'sqlite' ? join(dirname(config.database.path), 'outbox') : resolve(cwd, 'data', 'outbox');
}

export function mailConfigOf(config: Pick<ServerConfig, 'mail' | 'publicUrl'>): MailConfig {
  return config.mail ?? { smtpUrl: null, from: `1x <no-reply@${new URL(config.publicUrl).hostname}>`, ...DEFAULT_OUTBOX };
}

export function startOutbox(store: Store, config: ServerConfig, logger: FastifyBaseLogger): OutboxWorker & { closeMail(): void } {
  const mailConfig = mailConfigOf(config);
  const mail = createMailSender({ smtpUrl: mailConfig.smtpUrl, outboxDir: outboxFolderOf(config) });
  if (mailConfig.smtpUrl) logger.info({ smtp: mail.describe, from: mailConfig.from }, 'email: sending through SMTP');
  else logger.info({ folder: mail.describe }, `email: no SMTP_URL, so messages are written as .eml files to ${mail.describe}`);
  if (!mailConfig.workerEnabled) {
    logger.info('outbox: OUTBOX_WORKER=off, so this process queues messages and sends none');
    return { wake: () => {}, stop: async () => {}, closeMail: () => mail.close() };
  }
  const worker = startOutboxWorker({
    store, mail, mailFrom: mailConfig.from, logger,
    deliverWebhook: createWebhookDeliverer(store, { allowPrivate: config.allowPrivateFetch ?? false }),
    pollMs: mailConfig.pollMs, retryBaseMs: mailConfig.retryBaseMs, maxAttempts: mailConfig.maxAttempts,
  });
  return { ...worker, closeMail: () => mail.close() };
}
