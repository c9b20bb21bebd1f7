// Runs on the server (PostgreSQL). The scale-out store: any number of server processes share one
// database. A host's writes serialize on its row in `hosts` (locked from the start of a write
// transaction to its commit), commits announce themselves with NOTIFY, and every process
// LISTENs, so stream clients hear of changes made through any process.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { CollectionName } from '../../../../core/schemas/index.ts';
import { toHost, type HostRow } from '../collection-tables.ts';
import { createChangeEmitter } from '../change-emitter.ts';
import type { Host, NewHost, Store, WriteOptions, WriteTx } from '../store.ts';
import { HostNotFoundError } from '../store-errors.ts';
import { listenForChanges, CHANGE_CHANNEL, encodeChangeNotice } from './postgres-change-listener.ts';
import { translatePostgresError } from './postgres-errors.ts';
import { queryBookingByManageToken, queryBusyIntervals, queryDocs, queryEventTypeBySlug, queryLinkByToken, queryPull } from './postgres-reads.ts';
import { createPostgresWriteTx, type PostgresTxState } from './postgres-write-tx.ts';
import { migratePostgres, openPostgresPool } from './open-postgres-pool.ts';

const HOST_COLUMNS = 'id, name, slug, timezone, token_hash, created_at';

export interface PostgresStoreOptions {
  /** Pool size (default 10). */
  maxConnections?: number;
  /** Where to report trouble with the change listener (it reconnects by itself). */
  onProblem?: (message: string) => void;
}

async function translated<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translatePostgresError(error);
  }
}

export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const pool = await openPostgresPool(url, options.maxConnections);
  const changes = createChangeEmitter();
  let listener: Awaited<ReturnType<typeof listenForChanges>>;
  try {
    await migratePostgres(pool);
    listener = await listenForChanges(url, (notice) => changes.emit(notice), options.onProblem);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  let closed = false;
  let running = 0;
  let onIdle: (() => void) | null = null;

  const hostQuery = async (sql: string, params: unknown[]): Promise<HostRow | undefined> => (await pool.query<HostRow>(sql, params)).rows[0];

  return {
    dialect: 'postgres',

    createHost(input: NewHost): Promise<Host> {
      return translated(async () => {
        const { rows } = await pool.query<HostRow>(
          `INSERT INTO hosts (id, name, slug, timezone, token_hash, seq, created_at) VALUES ($1, $2, $3, $4, $5, 0, now())
           RETURNING ${HOST_COLUMNS}`,
          [randomUUID(), input.name, input.slug, input.timezone, input.tokenHash],
        );
        return toHost(rows[0] as HostRow);
      });
    },
    async listHosts() {
      return (await pool.query<HostRow>(`SELECT ${HOST_COLUMNS} FROM hosts ORDER BY created_at, slug`)).rows.map(toHost);
    },
    async findHostById(hostId) {
      const row = await hostQuery(`SELECT ${HOST_COLUMNS} FROM hosts WHERE id = $1`, [hostId]);
      return row ? toHost(row) : null;
    },
    async findHostBySlug(slug) {
      const row = await hostQuery(`SELECT ${HOST_COLUMNS} FROM hosts WHERE slug = $1`, [slug]);
      return row ? toHost(row) : null;
    },
    async findHostByTokenHash(tokenHash) {
      const row = await hostQuery(`SELECT ${HOST_COLUMNS} FROM hosts WHERE token_hash = $1`, [tokenHash]);
      return row ? { ...toHost(row), tokenHash: row.token_hash } : null;
    },
    setHostTokenHash(slug, tokenHash) {
      return translated(async () => {
        const row = await hostQuery(`UPDATE hosts SET token_hash = $2 WHERE slug = $1 RETURNING ${HOST_COLUMNS}`, [slug, tokenHash]);
        return row ? toHost(row) : null;
      });
    },

    pull(hostId, collection, checkpoint, limit) {
      return queryPull(pool, hostId, collection, checkpoint, limit);
    },

    async writeTransaction<T>(hostId: string, work: (tx: WriteTx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
      if (closed) throw new Error('the store is closed');
      running += 1;
      const client: pg.PoolClient = await pool.connect().catch((error: unknown) => {
        running -= 1;
        throw error;
      });
      let state: PostgresTxState | null = null;
      let broken = false;
      let begun = false;
      // A checked-out client has no listener of the pool's: when PostgreSQL goes away between
      // two queries (shutdown, restart) its 'error' event would crash the process. The failing
      // query rejects on its own; here we only mark the client unfit for reuse.
      const onClientError = (): void => { broken = true; };
      client.on('error', onClientError);
      try {
        // On the checked-out connection, before BEGIN and the host lock: connections are handed
        // out in order, so a request queued behind a winner that has committed meanwhile sees
        // the link used up here, with one read, instead of waiting for the lock to roll back.
        if (options.precheck) await options.precheck({ findLinkByToken: async (token) => (await queryLinkByToken(client, token, hostId))?.link ?? null });
        await client.query('BEGIN');
        begun = true;
        // The lock that serializes this host's writers until COMMIT: sequence order = commit order.
        const { rows } = await client.query<{ seq: string }>('SELECT seq FROM hosts WHERE id = $1 FOR UPDATE', [hostId]);
        if (!rows[0]) throw new HostNotFoundError(hostId);
        const seq = Number(rows[0].seq);
        state = { seq, startSeq: seq, touched: new Set<CollectionName>(), open: true, failure: null };
        const result = await work(createPostgresWriteTx(client, hostId, state));
        if (state.failure) throw state.failure.error;
        if (state.seq !== state.startSeq) {
          // The counter and the change notice in one round trip (the host's lock is held meanwhile).
          // The notice is delivered to every listening process at COMMIT, in commit order.
          await client.query(
            'WITH bumped AS (UPDATE hosts SET seq = $2 WHERE id = $1 RETURNING id) SELECT pg_notify($3, $4) FROM bumped',
            [hostId, state.seq, CHANGE_CHANNEL, encodeChangeNotice(hostId, [...state.touched])],
          );
        }
        await client.query('COMMIT');
        state.open = false;
        return result;
      } catch (error) {
        if (state) state.open = false;
        if (begun) await client.query('ROLLBACK').catch(() => { broken = true; });
        throw translatePostgresError(error);
      } finally {
        client.off('error', onClientError);
        client.release(broken);
        running -= 1;
        if (running === 0 && onIdle) onIdle();
      }
    },

    getDocs(hostId, collection, ids) {
      return queryDocs(pool, hostId, collection, ids);
    },
    findLinkByToken(token) {
      return queryLinkByToken(pool, token);
    },
    findBookingByManageToken(manageToken) {
      return queryBookingByManageToken(pool, manageToken);
    },
    findEventTypeBySlug(hostId, slug) {
      return queryEventTypeBySlug(pool, hostId, slug);
    },
    listBusyIntervals(hostId, range) {
      return queryBusyIntervals(pool, hostId, range);
    },

    onCommit(listener) {
      return changes.subscribe(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      if (running > 0) await new Promise<void>((resolve) => { onIdle = resolve; });
      changes.clear();
      await listener.close();
      await pool.end();
    },
  };
}
