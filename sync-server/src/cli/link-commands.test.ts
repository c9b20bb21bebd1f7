// Runs in tests (server side). `create-link` as a child process on a temp SQLite file: the URL is
// the last line of stdout and leads to the stored link; mistakes are one line on stderr, exit 1.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEventType } from '../booking/testing/seed-booking-data.ts';
import { openStore } from '../store/open-store.ts';
import { runCliProcess } from '../testing/spawn-server-process.ts';

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

describe('create-link command', () => {
  let dir: string;
  let env: Record<string, string>;
  let eventSlug: string;
  const database = () => ({ kind: 'sqlite' as const, path: join(dir, 'scheduler.sqlite') });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scheduler-create-link-'));
    env = { DATABASE_URL: 'sqlite:./scheduler.sqlite', LOG_LEVEL: 'warn', PUBLIC_URL: 'https://book.example.com' };
    const created = await runCliProcess(['create-host', '--name', 'Ada Lovelace', '--slug', 'ada', '--timezone', 'Europe/London'], env, dir);
    expect(created.code).toBe(0);
    const store = await openStore(database());
    try {
      const host = await store.findHostBySlug('ada');
      eventSlug = (await seedEventType(store, host!.id, { slug: 'intro' })).slug;
    } finally {
      await store.close();
    }
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints the URL of the new link last; the link is stored with the options given', async () => {
    const expires = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const result = await runCliProcess(['create-link', '--slug', 'ada', '--event', eventSlug, '--name', 'Grace', '--email', 'grace@example.com', '--max-uses', '2', '--expires', expires], env, dir);
    expect(result.code, result.stderr).toBe(0);
    const url = lastLine(result.stdout);
    const token = /^https:\/\/book\.example\.com\/l\/([A-Za-z0-9_-]{22,})$/.exec(url)?.[1];
    expect(token).toBeDefined();
    const store = await openStore(database());
    try {
      const found = await store.findLinkByToken(token!);
      expect(found?.host.slug).toBe('ada');
      expect(found?.link.doc).toMatchObject({ maxUses: 2, expiresAt: expires, contact: { name: 'Grace', email: 'grace@example.com' }, useCount: 0, _deleted: false });
      expect(found?.eventType?.doc.slug).toBe('intro');
    } finally {
      await store.close();
    }
    const plain = await runCliProcess(['create-link', '--slug', 'ada', '--event', eventSlug], env, dir);
    expect(plain.code).toBe(0);
    expect(lastLine(plain.stdout)).toMatch(/^https:\/\/book\.example\.com\/l\/[A-Za-z0-9_-]{22,}$/);
  });

  it('says what is wrong in one line with exit code 1', async () => {
    const run = (...args: string[]) => runCliProcess(['create-link', ...args], env, dir);
    const results = await Promise.all([
      run('--slug', 'nobody', '--event', eventSlug),
      run('--slug', 'ada', '--event', 'no-such-event'),
      run('--slug', 'ada', '--event', eventSlug, '--max-uses', 'lots'),
      run('--slug', 'ada', '--event', eventSlug, '--expires', '2020-01-01T00:00:00Z'),
      run('--slug', 'ada', '--event', eventSlug, '--email', 'not-an-email'),
      run('--slug', 'ada'),
      run('--slug', 'ada', '--event', eventSlug, '--colour', 'red'),
    ]);
    const messages = results.map((r) => {
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      return r.stderr.trim();
    });
    expect(messages[0]).toContain('no host with slug "nobody"');
    expect(messages[1]).toContain('has no event type with slug "no-such-event"');
    expect(messages[2]).toContain('--max-uses must be a whole number');
    expect(messages[3]).toContain('--expires must be in the future');
    expect(messages[4]).toContain('--email');
    expect(messages[5]).toContain('missing --event');
    expect(messages[6]).toContain('colour');
  });
});
