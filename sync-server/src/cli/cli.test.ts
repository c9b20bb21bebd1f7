// Runs in tests (server side). The real command line, as child processes on a temp SQLite file:
// host commands print their JSON line last, errors are one line with exit code 1, the server
// serves and exits 0 on SIGTERM.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../testing/find-free-port.ts';
import { request } from '../testing/http-client.ts';
import { runCliProcess, spawnServerProcess } from '../testing/spawn-server-process.ts';

const lastLine = (text: string) => text.trim().split('\n').at(-1) ?? '';

describe('command line', () => {
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scheduler-cli-'));
    // A relative path: the folder is created, relative to the working directory.
    env = { DATABASE_URL: 'sqlite:./nested/data/scheduler.sqlite', LOG_LEVEL: 'warn' };
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('creates a host, lists it, rotates its token; the server accepts only the current token', async () => {
    const created = await runCliProcess(['create-host', '--name', 'Ada Lovelace', '--slug', 'ada', '--timezone', 'Europe/London'], env, dir);
    expect(created.code).toBe(0);
    const first = JSON.parse(lastLine(created.stdout)) as { hostId: string; slug: string; token: string };
    expect(first).toEqual({ hostId: expect.stringMatching(/^[0-9a-f-]{36}$/), slug: 'ada', token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });

    const listed = await runCliProcess(['list-hosts'], env, dir);
    expect(listed.code).toBe(0);
    expect(JSON.parse(lastLine(listed.stdout))).toMatchObject({ hostId: first.hostId, name: 'Ada Lovelace', slug: 'ada', timezone: 'Europe/London' });
    expect(listed.stdout).not.toContain(first.token);

    const rotated = await runCliProcess(['rotate-token', '--slug', 'ada'], env, dir);
    expect(rotated.code).toBe(0);
    const second = JSON.parse(lastLine(rotated.stdout)) as { token: string };
    expect(second.token).not.toBe(first.token);

    const server = await spawnServerProcess(env, dir);
    try {
      expect(await request(`${server.baseUrl}/api/health`)).toMatchObject({ status: 200, body: { ok: true } });
      expect((await request(`${server.baseUrl}/api/me`, { token: first.token })).status).toBe(401);
      expect(await request(`${server.baseUrl}/api/me`, { token: second.token })).toMatchObject({ status: 200, body: { hostId: first.hostId, slug: 'ada' } });
      expect(server.output()).not.toContain(second.token);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('reports bad input, a taken slug and unknown commands in one line with exit code 1', async () => {
    const results = await Promise.all([
      runCliProcess(['create-host', '--name', 'Ada', '--slug', 'ada', '--timezone', 'Europe/London'], env, dir),
      runCliProcess(['create-host', '--name', '', '--slug', 'Not A Slug', '--timezone', 'Mars/Olympus'], env, dir),
      runCliProcess(['create-host', '--slug', 'x'], env, dir),
      runCliProcess(['rotate-token', '--slug', 'nobody'], env, dir),
      runCliProcess(['frobnicate'], env, dir),
      runCliProcess(['list-hosts'], { DATABASE_URL: 'mysql://localhost/x' }, dir),
      runCliProcess(['list-hosts'], { ...env, PORT: 'eighty' }, dir),
    ]);
    const messages = results.map((r) => {
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      return r.stderr.trim();
    });
    expect(messages[0]).toContain('slug "ada" is already taken');
    expect(messages[1]).toMatch(/name is required.*slug must be.*timezone must be/);
    expect(messages[2]).toContain('missing --name, --timezone');
    expect(messages[3]).toContain('no host with slug "nobody"');
    expect(messages[4]).toContain('unknown command "frobnicate"');
    expect(messages[5]).toContain('DATABASE_URL must start with sqlite:');
    expect(messages[6]).toContain('PORT must be a whole number');
  });

  it('says so in one line when PostgreSQL is unreachable or the port is taken', async () => {
    const deadPort = await findFreePort();
    const unreachable = await runCliProcess(['list-hosts'], { DATABASE_URL: `postgres://user:s3cret@127.0.0.1:${deadPort}/db` }, dir);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr.trim()).toMatch(new RegExp(`^error: cannot use PostgreSQL at 127\\.0\\.0\\.1:${deadPort}/db: .*ECONNREFUSED`));
    expect(unreachable.stderr).not.toContain('s3cret');

    const server = await spawnServerProcess(env, dir);
    try {
      const clash = await runCliProcess([], { ...env, PORT: String(server.port), HOST: '127.0.0.1' }, dir);
      expect(clash.code).toBe(1);
      expect(clash.stderr.trim()).toBe(`error: port ${server.port} on 127.0.0.1 is already in use (set PORT to another one)`);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});
