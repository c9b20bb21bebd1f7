// Runs on the server (SQLite). The embedded store: one file in WAL mode, a write connection used
// by one transaction at a time (BEGIN IMMEDIATE, guarded by an async mutex because transactions
// may await) and a read connection that only ever sees committed data.
import { randomUUID } from 'node:crypto';
import type { CollectionName } from '../../../../core/schemas/index.ts';
import { AsyncMutex } from '../async-mutex.ts';
import { toHost, type HostRow } from '../collection-tables.ts';
import { createChangeEmitter } from '../change-emitter.ts';
import type { Host, NewHost, Store, WriteOptions, WriteTx } from '../store.ts';
import { HostNotFoundError } from '../store-errors.ts';
import { migrateSqlite, openSqliteConnection } from './open-sqlite-database.ts';
import { prepareCached } from './prepare-cached.ts';
import { sqlite } from './sqlite-errors.ts';
import { readBookingByManageToken, readBusyIntervals, readDocs, readEventTypeBySlug, readLinkByToken, readPull } from './sqlite-reads.ts';
import { createSqliteWriteTx, type SqliteTxState } from './sqlite-write-tx.ts';

const HOST_COLUMNS = 'id, name, slug, timezone, token_hash, created_at';

export async function openSqliteStore(path: string): Promise<Store> {
  const writer = openSqliteConnection(path);
  try {
    migrateSqlite(writer);
  } catch (error) {
    writer.close();
    throw error;
  }
  const reader = openSqliteConnection(path);
  const mutex = new AsyncMutex();
  const changes = createChangeEmitter();
  let closed = false;

  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error('the store is closed'));
    return mutex.runExclusive(work);
  };

  const hostRow = (sql: string, ...params: unknown[]): HostRow | undefined => prepareCached(reader, sql).get(...params) as HostRow | undefined;

  return {
    dialect: 'sqlite',

    createHost(input: NewHost): Promise<Host> {
      return exclusive(async () => {
        const row: HostRow = { id: randomUUID(), name: input.name, slug: input.slug, timezone: input.timezone, token_hash: input.tokenHash, created_at: new Date().toISOString() };
        sqlite(() => prepareCached(writer, 'INSERT INTO hosts (id, name, slug, timezone, token_hash, seq, created_at) VALUES (?, ?, ?, ?, ?, 0, ?)')
          .run(row.id, row.name, row.slug, row.timezone, row.token_hash, row.created_at));
        return toHost(row);
      });
    },
    async listHosts() {
      return (prepareCached(reader, `SELECT ${HOST_COLUMNS} FROM hosts ORDER BY created_at, slug`).all() as HostRow[]).map(toHost);
    },
    async findHostById(hostId) {
      const row = hostRow(`SELECT ${HOST_COLUMNS} FROM hosts WHERE id = ?`, hostId);
      return row ? toHost(row) : null;
    },
    async findHostBySlug(slug) {
      const row = hostRow(`SELECT ${HOST_COLUMNS} FROM hosts WHERE slug = ?`, slug);
      return row ? toHost(row) : null;
    },
    async findHostByTokenHash(tokenHash) {
      const row = hostRow(`SELECT ${HOST_COLUMNS} FROM hosts WHERE token_hash = ?`, tokenHash);
      return row ? { ...toHost(row), tokenHash: row.token_hash } : null;
    },
    setHostTokenHash(slug, tokenHash) {
      return exclusive(async () => {
        const result = sqlite(() => prepareCached(writer, 'UPDATE hosts SET token_hash = ? WHERE slug = ?').run(tokenHash, slug));
        if (result.changes === 0) return null;
        const row = prepareCached(writer, `SELECT ${HOST_COLUMNS} FROM hosts WHERE slug = ?`).get(slug) as HostRow;
        return toHost(row);
      });
    },

    async pull(hostId, collection, checkpoint, limit) {
      return readPull(reader, hostId, collection, checkpoint, limit);
    },

    writeTransaction<T>(hostId: string, work: (tx: WriteTx) => Promise<T>, options: WriteOptions = {}): Promise<T> {
      return exclusive(async () => {
        // Our turn on the mutex, before the database's write lock: a doomed request stops here.
        if (options.precheck) await options.precheck({ findLinkByToken: async (token) => readLinkByToken(writer, token, hostId)?.link ?? null });
        writer.exec('BEGIN IMMEDIATE');
        let state: SqliteTxState | null = null;
        try {
          const counter = prepareCached(writer, 'SELECT seq FROM hosts WHERE id = ?').pluck().get(hostId) as number | undefined;
          if (counter === undefined) throw new HostNotFoundError(hostId);
          state = { seq: counter, startSeq: counter, touched: new Set<CollectionName>(), open: true, failure: null };
          const result = await work(createSqliteWriteTx(writer, hostId, state));
          if (state.failure) throw state.failure.error;
          if (state.seq !== state.startSeq) prepareCached(writer, 'UPDATE hosts SET seq = ? WHERE id = ?').run(state.seq, hostId);
          writer.exec('COMMIT');
          state.open = false;
          if (state.touched.size > 0) changes.emit({ hostId, collections: [...state.touched] });
          return result;
        } catch (error) {
          if (state) state.open = false;
          if (writer.inTransaction) writer.exec('ROLLBACK');
          throw error;
        }
      });
    },

    async getDocs(hostId, collection, ids) {
      return readDocs(reader, hostId, collection, ids);
    },
    async findLinkByToken(token) {
      return readLinkByToken(reader, token);
    },
    async findBookingByManageToken(manageToken) {
      return readBookingByManageToken(reader, manageToken);
    },
    async findEventTypeBySlug(hostId, slug) {
      return readEventTypeBySlug(reader, hostId, slug);
    },
    async listBusyIntervals(hostId, range) {
      return readBusyIntervals(reader, hostId, range);
    },

    onCommit(listener) {
      return changes.subscribe(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      await mutex.idle();
      changes.clear();
      reader.close();
      writer.close();
    },
  };
}
