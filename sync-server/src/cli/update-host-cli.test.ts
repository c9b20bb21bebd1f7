// Runs in tests (server side). `create-host --email` and `update-host` as real child processes on
// a temp SQLite file: the updated host is the last line, as JSON; bad input, a taken slug and an
// unknown host are one line on stderr with exit code 1 and change nothing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../testing/spawn-server-process.ts';

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

describe('update-host on the command line', () => {
  let dir: string;
  const env = { DATABASE_URL: 'sqlite:./scheduler.sqlite', LOG_LEVEL: 'warn' };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scheduler-update-host-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('creates a host with an email, changes its profile and prints the host last', async () => {
    const created = await runCliProcess(['create-host', '--name', 'Me', '--slug', 'me', '--timezone', 'UTC', '--email', 'me@example.org'], env, dir);
    expect(created.code).toBe(0);
    const { hostId } = JSON.parse(lastLine(created.stdout)) as { hostId: string };

    const updated = await runCliProcess(['update-host', '--slug', 'me', '--name', 'Ada Lovelace', '--email', 'ada@example.org', '--timezone', 'Europe/London', '--new-slug', 'ada'], env, dir);
    expect(updated.code).toBe(0);
    expect(JSON.parse(lastLine(updated.stdout))).toEqual({
      hostId, name: 'Ada Lovelace', slug: 'ada', timezone: 'Europe/London', email: 'ada@example.org', createdAt: expect.any(String),
    });

    const listed = await runCliProcess(['list-hosts'], env, dir);
    expect(JSON.parse(lastLine(listed.stdout))).toMatchObject({ hostId, name: 'Ada Lovelace', slug: 'ada', email: 'ada@example.org' });
  });

  it('reports bad input, a taken slug and an unknown host in one line with exit code 1', async () => {
    await runCliProcess(['create-host', '--name', 'Other', '--slug', 'other', '--timezone', 'UTC'], env, dir);
    const results = await Promise.all([
      runCliProcess(['update-host', '--slug', 'other', '--name', 'Tab\there', '--email', 'nope', '--timezone', 'Mars/Olympus', '--new-slug', 'Bad Slug'], env, dir),
      runCliProcess(['update-host', '--slug', 'other', '--new-slug', 'ada'], env, dir),
      runCliProcess(['update-host', '--slug', 'nobody', '--name', 'X'], env, dir),
      runCliProcess(['update-host', '--slug', 'other'], env, dir),
      runCliProcess(['update-host', '--name', 'X'], env, dir),
    ]);
    const messages = results.map((r) => {
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      return r.stderr.trim();
    });
    expect(messages[0]).toMatch(/name must not contain control characters.*email must be.*new-slug must be.*timezone must be/);
    expect(messages[1]).toContain('slug "ada" is already taken');
    expect(messages[2]).toContain('no host with slug "nobody"');
    expect(messages[3]).toContain('nothing to change');
    expect(messages[4]).toContain('missing --slug');

    const listed = await runCliProcess(['list-hosts'], env, dir);
    expect(listed.stdout).toContain('"name":"Other","slug":"other"');
  });
});
