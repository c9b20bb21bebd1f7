// Runs in tests (server side). A real SMTP server (the `smtp-server` package) that keeps every
// message it accepts, parsed by `mailparser`, so a test reads what an invitee's mail server would
// get: headers, text and HTML parts, attachments. It can refuse for a while (as a server that is
// down would) and be started again on the same port.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { findFreePort } from './find-free-port.ts';

export interface SmtpSink {
  port: number;
  url: string;
  messages: ParsedMail[];
  /** Resolves when at least `count` messages have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  stop(): Promise<void>;
}

export async function startSmtpSink(port?: number): Promise<SmtpSink> {
  const chosen = port ?? (await findFreePort());
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // Senders keep pooled connections open; stopping need not wait for them to hang up.
    closeTimeout: 100,
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then((parsed) => {
        messages.push(parsed);
        callback();
      }, (error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(chosen, '127.0.0.1', () => resolve());
  });
  return {
    port: chosen,
    url: `smtp://127.0.0.1:${chosen}`,
    messages,
    async waitFor(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`the SMTP sink has ${messages.length} messages, expected ${count}`);
        await new Promise((r) => setTimeout(r, 25));
      }
      return messages;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
