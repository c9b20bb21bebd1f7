// Runs on the server (SQLite). The embedded store: one file in WAL mode, a write connection used
// by one transaction group at a time (BEGIN IMMEDIATE, guarded by an async mutex because transactions
// may await) and a read connection that only ever sees committed data.
import { randomUUID } from 'node:crypto';
import { AsyncMutex } from '../async-mutex.ts';
import { hostPatchColumns, toHost, type HostRow } from '../collection-tables.ts';
import { createChangeEmitter } from '../change-emitter.ts';
import type { Host, HostPhoto, NewHost, Store } from '../store.ts';
import { migrateSqlite, openSqliteConnection } from './open-sqlite-database.ts';
import { prepareCached } from './prepare-cached.ts';
import { sqlite } from './sqlite-errors.ts';
import { readBookingByManageToken, readBusyIntervals, readDocs, readEventTypeBySlug, readLinkWithTarget, readPull } from './sqlite-reads.ts';
import { runWriteGroup, type QueuedWrite } from './run-write-group.ts';
import { createSqliteOutbox } from './sqlite-outbox.ts';
import type { SqliteWriteTx } from './sqlite-write-tx.ts';
import { createSqliteFeeds } from './sqlite-feeds.ts';
import { settleReplacement } from '../settle-replacement.ts';

/** Bounds how long one group holds the writer (and how much one failed COMMIT takes down). */
const MAX_GROUP_SIZE = 64;

const HOST_COLUMNS = 'id, name, slug, timezone, email, token_hash, photo_hash, created_at';

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

  // Write transactions queue here and run as groups (see run-write-group.ts). The group starts
  // on the next turn of the event loop, after every request that arrived with this one has
  // queued its transaction too.
  const queue: QueuedWrite[] = [];
  let scheduled: Promise<void> | null = null;
  const runQueued = (): Promise<void> => mutex.runExclusive(async () => {
    while (queue.length > 0) {
      const group = queue.splice(0, MAX_GROUP_SIZE);
      for (const [hostId, collections] of await runWriteGroup(writer, group)) changes.emit({ hostId, collections: [...collections] });
    }
  });
  const scheduleGroup = (): void => {
    scheduled ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      scheduled = null;
      return runQueued();
    });
  };

  const enqueue = <T>(hostId: string, work: (tx: SqliteWriteTx) => Promise<T>): Promise<T> => {
    if (closed) return Promise.reject(new Error('the store is closed'));
    return new Promise<T>((resolve, reject) => {
      queue.push({ hostId, work, resolve: resolve as (value: unknown) => void, reject });
      scheduleGroup();
    });
  };

  const hostRow = (sql: string, ...params: unknown[]): HostRow | undefined => prepareCached(reader, sql).get(...params) as HostRow | undefined;

  return {
    dialect: 'sqlite',

    createHost(input: NewHost): Promise<Host> {
      return exclusive(async () => {
        const row: HostRow = { id: randomUUID(), name: input.name, slug: input.slug, timezone: input.timezone, email: input.email ?? '', token_hash: input.tokenHash, photo_hash: null, created_at: new Date().toISOString() };
        sqlite(() => prepareCached(writer, 'INSERT INTO hosts (id, name, slug, timezone, email, token_hash, seq, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)')
          .run(row.id, row.name, row.slug, row.timezone, row.email, row.token_hash, row.created_at));
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
    updateHost(hostId, patch) {
      return exclusive(async () => {
        const { columns, values } = hostPatchColumns(patch);
        if (columns.length > 0) {
          sqlite(() => prepareCached(writer, `UPDATE hosts SET ${columns.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`).run(...values, hostId));
        }
        const row = prepareCached(writer, `SELECT ${HOST_COLUMNS} FROM hosts WHERE id = ?`).get(hostId) as HostRow | undefined;
        if (!row) return null;
        // The host's pages show its profile: their cached answers go before the caller hears.
        if (columns.length > 0) changes.emit({ hostId, collections: [] });
        return toHost(row);
      });
    },
    setHostPhoto(hostId, photo) {
      return exclusive(async () => {
        const exists = prepareCached(writer, 'SELECT 1 FROM hosts WHERE id = ?').pluck().get(hostId);
        if (exists === undefined) return null;
        writer.transaction(() => {
          if (photo) {
            prepareCached(writer, `INSERT INTO host_photos (host_id, content_type, bytes, hash, updated_at) VALUES (?, ?, ?, ?, ?)
              ON CONFLICT (host_id) DO UPDATE SET content_type = excluded.content_type, bytes = excluded.bytes, hash = excluded.hash, updated_at = excluded.updated_at`)
              .run(hostId, photo.contentType, photo.bytes, photo.hash, new Date().toISOString());
          } else {
            prepareCached(writer, 'DELETE FROM host_photos WHERE host_id = ?').run(hostId);
          }
          prepareCached(writer, 'UPDATE hosts SET photo_hash = ? WHERE id = ?').run(photo?.hash ?? null, hostId);
        })();
        const row = prepareCached(writer, `SELECT ${HOST_COLUMNS} FROM hosts WHERE id = ?`).get(hostId) as HostRow;
        // The host's pages show the photo's version: their cached answers go before the caller hears.
        changes.emit({ hostId, collections: [] });
        return toHost(row);
      });
    },
    async findHostPhotoBySlug(slug) {
      const row = prepareCached(reader, 'SELECT p.content_type, p.bytes, p.hash FROM host_photos p JOIN hosts h ON h.id = p.host_id WHERE h.slug = ?')
        .get(slug) as { content_type: HostPhoto['contentType']; bytes: Buffer; hash: string } | undefined;
      return row ? { contentType: row.content_type, bytes: row.bytes, hash: row.hash } : null;
    },

    async pull(hostId, collection, checkpoint, limit) {
      return readPull(reader, hostId, collection, checkpoint, limit);
    },

    writeTransaction: enqueue,
    book(command) {
      // A reschedule is written once for both stores, against WriteTx (settle-replacement.ts).
      if (command.replaces) return settleReplacement(enqueue, command);
      return enqueue(command.hostId, (tx) => tx.book(command));
    },
    feeds: createSqliteFeeds(writer, reader, exclusive),
    outbox: createSqliteOutbox(writer, reader, exclusive),

    async getDocs(hostId, collection, ids) {
      return readDocs(reader, hostId, collection, ids);
    },
    async findLinkByToken(token) {
      return readLinkWithTarget(reader, token);
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
      await scheduled;
      await mutex.idle();
      changes.clear();
      reader.close();
      writer.close();
    },
  };
}
