// Runs in tests (server side). A database the server cannot write is refused at start with a
// message naming it (exit code 1), on SQLite and on PostgreSQL, and `/api/health` says whether the
// database answers. The SQLite file is made read-only with the immutable attribute (or a read-only
// bind mount): tests run as root, for whom a 0444 mode stops no write, and SQLite opens a file it
// may not write quietly read-only, so only a real write probe notices (see make-file-read-only.ts).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../testing/find-free-port.ts';
import { makeFileReadOnly } from '../testing/make-file-read-only.ts';
import { runCliProcess, spawnServerProcess } from '../testing/spawn-server-process.ts';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../testing/start-embedded-postgres.ts';
import { startTestServer } from '../testing/start-test-server.ts';

const createHostArgs = ['create-host', '--name', 'Ada', '--slug', 'ada', '--timezone', 'UTC'];

/** Serves; a server that starts despite the problem is killed after the timeout (code null). */
async function serve(databaseUrl: string) {
  return runCliProcess([], { DATABASE_URL: databaseUrl, PORT: String(await findFreePort()), LOG_LEVEL: 'warn' }, undefined, 15_000);
}

describe('a read-only database', () => {
  let dir = '';
  let pgCluster: EmbeddedPostgresHandle | null = null;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'scheduler-readonly-')); });
  afterAll(async () => {
    await pgCluster?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('SQLite: the server refuses to start and names the file', async () => {
    const path = join(dir, 'sqlite', 'scheduler.sqlite');
    expect((await runCliProcess(createHostArgs, { DATABASE_URL: `sqlite:${path}` })).code).toBe(0);
    const undo = await makeFileReadOnly(path);
    try {
      const result = await serve(`sqlite:${path}`);
      expect(result.code, result.stdout + result.stderr).toBe(1);
      expect(result.stderr).toContain(`error: SQLite database ${path} is read-only for this process`);
    } finally {
      await undo();
    }
    // Writable again: it serves.
    const server = await spawnServerProcess({ DATABASE_URL: `sqlite:${path}` });
    expect(await server.stop()).toBe(0);
  }, 60_000);

  it('PostgreSQL: the server refuses to start on a read-only database', async () => {
    pgCluster = await startEmbeddedPostgres();
    const url = await pgCluster.createDatabase();
    expect((await runCliProcess(createHostArgs, { DATABASE_URL: url })).code).toBe(0);
    const admin = new pg.Client({ connectionString: pgCluster.url });
    await admin.connect();
    await admin.query(`ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET default_transaction_read_only = on`);
    await admin.end();
    const result = await serve(url);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toMatch(/error: PostgreSQL 127\.0\.0\.1:\d+\/\w+ is read-only for this server \(default_transaction_read_only is on\)/);
    expect(result.stderr).not.toContain('test-password');
  }, 90_000);
});

describe('/api/health', () => {
  it('reports the store: ok, then 503 unavailable once the database is gone', async () => {
    const server = await startTestServer();
    const first = await fetch(`${server.baseUrl}/api/health`);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true, store: 'ok' });
    await server.store.close();
    await expect.poll(async () => {
      const response = await fetch(`${server.baseUrl}/api/health`);
      return { status: response.status, body: await response.json() as unknown };
    }, { timeout: 5000 }).toEqual({ status: 503, body: { ok: false, store: 'unavailable' } });
    await server.app.close();
  });
});
