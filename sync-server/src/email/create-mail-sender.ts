// Runs on the server. Where email goes: to SMTP_URL through nodemailer, or, with no SMTP_URL, into
// .eml files under the data folder's outbox/ (nodemailer's stream transport writes the very bytes
// SMTP would carry), so a local run shows every message it would have sent.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';

export interface MailSender {
  /** Resolves once the receiving server accepted the message (or the file is written); throws otherwise. */
  send(id: string, message: Mail.Options): Promise<void>;
  /** For the start-up log line: 'smtp://mail.example.org:587' (no credentials) or the folder. */
  readonly describe: string;
  close(): void;
}

/** Bounds one delivery attempt: a stuck SMTP server must not hold a claimed row past its lease. */
const SMTP_TIMEOUT_MS = 30_000;

export function createMailSender(options: { smtpUrl: string | null; outboxDir: string }): MailSender {
  if (options.smtpUrl) {
    const url = new URL(options.smtpUrl);
    const transport = nodemailer.createTransport({
      url: options.smtpUrl,
      // A few connections kept open: one handshake per connection, not per message.
      pool: true, maxConnections: 3,
      connectionTimeout: SMTP_TIMEOUT_MS, greetingTimeout: SMTP_TIMEOUT_MS, socketTimeout: SMTP_TIMEOUT_MS,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    return {
      describe: `${url.protocol}//${url.host}`,
      async send(_id, message) {
        await transport.sendMail(message);
      },
      close: () => transport.close(),
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let made = false;
  return {
    describe: options.outboxDir,
    async send(id, message) {
      const info = await transport.sendMail(message);
      if (!made) {
        await mkdir(options.outboxDir, { recursive: true, mode: 0o700 });
        made = true;
      }
      // The row's id names the file: a retry after a crash rewrites it instead of adding a second.
      await writeFile(join(options.outboxDir, `${id.replace(/[^A-Za-z0-9:-]/g, '_')}.eml`), info.message as Buffer, { mode: 0o600 });
    },
    close: () => transport.close(),
  };
}
