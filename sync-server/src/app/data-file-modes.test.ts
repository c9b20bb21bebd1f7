// Runs in tests (server side). The SQLite folder and files the server creates hold token hashes
// and invitees' contacts: only their owner may read them (folder 0700, database, -wal and -shm
// files 0600), whatever the process's umask.
import { stat, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../hosts/create-host.ts';
import { openStore } from '../store/open-store.ts';

const modeOf = async (path: string): Promise<string> => ((await stat(path)).mode & 0o777).toString(8);

describe('data file modes (SQLite)', () => {
  let dir = '';
  let umaskBefore = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'scheduler-modes-'));
    // The most permissive umask: the modes must come from the server, not from the environment.
    umaskBefore = process.umask(0);
  });
  afterAll(async () => {
    process.umask(umaskBefore);
    await rm(dir, { recursive: true, force: true });
  });

  it('creates the folders 0700 and the database, WAL and SHM files 0600', async () => {
    const path = join(dir, 'data', 'nested', 'scheduler.sqlite');
    const store = await openStore({ kind: 'sqlite', path });
    try {
      await createHost(store, { name: 'Ada', slug: 'ada', timezone: 'UTC' });
      expect(await modeOf(join(dir, 'data'))).toBe('700');
      expect(await modeOf(join(dir, 'data', 'nested'))).toBe('700');
      expect(await modeOf(path)).toBe('600');
      expect(await modeOf(`${path}-wal`)).toBe('600');
      expect(await modeOf(`${path}-shm`)).toBe('600');
    } finally {
      await store.close();
    }
  });
});
