// test (fault): invariant 7. A booking answered 201 has its messages in the outbox: the server is
// killed with SIGKILL after the commit and before the message could go out (its SMTP server is
// down, so the worker's attempts fail and the row waits), started again on the same SQLite file
// with the SMTP server back, and the confirmation and the host's notice arrive, once each.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEventType, seedLinks, startInDays } from '../../sync-server/src/booking/testing/seed-booking-data.ts';
import { createHost } from '../../sync-server/src/hosts/create-host.ts';
import { openStore } from '../../sync-server/src/store/open-store.ts';
import { findFreePort } from '../../sync-server/src/testing/find-free-port.ts';
import { spawnServerProcess, type ServerProcess } from '../../sync-server/src/testing/spawn-server-process.ts';
import { startSmtpSink, type SmtpSink } from '../../sync-server/src/testing/start-smtp-sink.ts';

describe('the outbox survives SIGKILL between commit and send', () => {
  let dir = '';
  let sink: SmtpSink | null = null;
  let server: ServerProcess | null = null;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'scheduler-outbox-kill-')); });
  afterAll(async () => {
    await server?.stop();
    await sink?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('sends after the restart what the killed process had committed', async () => {
    const path = join(dir, 'scheduler.sqlite');
    const store = await openStore({ kind: 'sqlite', path });
    const { host } = await createHost(store, { name: 'Grace Hopper', slug: 'grace', timezone: 'UTC', email: 'grace@example.org' });
    const eventType = await seedEventType(store, host.id, { name: 'Intro call' });
    const [link] = await seedLinks(store, host.id, eventType.id, 1);
    await store.close();

    const smtpPort = await findFreePort();
    const env = { DATABASE_URL: `sqlite:${path}`, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, OUTBOX_RETRY_BASE_MS: '100', OUTBOX_POLL_MS: '50', LOG_LEVEL: 'error' };
    server = await spawnServerProcess(env);
    const response = await fetch(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ start: startInDays(2, 10), name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'UTC' }),
    });
    expect(response.status).toBe(201);
    // Committed and not sent: the worker has tried (SMTP is down) and put the rows back.
    const reader = new Database(path, { readonly: true });
    const pendingAfterAttempt = () => (reader.prepare(`SELECT count(*) FROM outbox WHERE kind = 'email' AND status = 'pending' AND attempts >= 1 AND last_error IS NOT NULL`).pluck().get() as number);
    await expect.poll(pendingAfterAttempt, { timeout: 10_000 }).toBe(2);
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server!.child.once('exit', resolve));
    expect(reader.prepare(`SELECT count(*) FROM outbox WHERE kind = 'email' AND status = 'sent'`).pluck().get()).toBe(0);
    reader.close();

    sink = await startSmtpSink(smtpPort);
    server = await spawnServerProcess(env);
    const messages = await sink.waitFor(2);
    await new Promise((r) => setTimeout(r, 500));
    expect(sink.messages).toHaveLength(2);
    expect(messages.map((m) => m.subject).sort()).toEqual(['New booking: Ada Lovelace, Intro call', 'You are booked: Intro call with Grace Hopper']);
  });
});
