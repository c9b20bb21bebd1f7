// Runs in tests (server side). With no SMTP_URL the real server (its CLI, as a process) says at
// start where messages go, and a booking's messages appear there as .eml files beside the SQLite
// file, whole messages a mail reader opens (parsed here with mailparser).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { seedEventType, seedLinks, startInDays } from '../booking/testing/seed-booking-data.ts';
import { createHost } from '../hosts/create-host.ts';
import { openStore } from '../store/open-store.ts';
import { spawnServerProcess, type ServerProcess } from '../testing/spawn-server-process.ts';

describe('no SMTP_URL: .eml files under the data folder', () => {
  let dir = '';
  let server: ServerProcess | null = null;
  afterAll(async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('says so at start and writes each message as a file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'scheduler-eml-'));
    const path = join(dir, 'data', 'scheduler.sqlite');
    const store = await openStore({ kind: 'sqlite', path });
    const { host } = await createHost(store, { name: 'Grace Hopper', slug: 'grace', timezone: 'UTC' });
    const eventType = await seedEventType(store, host.id, { name: 'Intro call' });
    const [link] = await seedLinks(store, host.id, eventType.id, 1);
    await store.close();

    server = await spawnServerProcess({ DATABASE_URL: `sqlite:${path}`, LOG_LEVEL: 'info', OUTBOX_POLL_MS: '50', PUBLIC_URL: 'https://book.example.org' });
    const outbox = join(dir, 'data', 'outbox');
    await expect.poll(() => server!.output(), { timeout: 5000 }).toContain(`no SMTP_URL, so messages are written as .eml files to ${outbox}`);
    const response = await fetch(`${server.baseUrl}/api/public/links/${link!.token}/bookings`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ start: startInDays(2, 10), name: 'Ada Lovelace', email: 'ada@example.com', timezone: 'UTC' }),
    });
    expect(response.status).toBe(201);
    // The host has no email: only the invitee's confirmation.
    await expect.poll(async () => (await readdir(outbox).catch(() => [])).filter((f) => f.endsWith('.eml')).length, { timeout: 10_000 }).toBe(1);
    const [file] = (await readdir(outbox)).filter((f) => f.endsWith('.eml'));
    const mail = await simpleParser(await readFile(join(outbox, file!)));
    expect(mail.subject).toBe('You are booked: Intro call with Grace Hopper');
    expect(mail.from?.value[0]?.address).toBe('no-reply@book.example.org');
    expect(mail.text).toContain('https://book.example.org/m/');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['invite.ics']);
  });
});
