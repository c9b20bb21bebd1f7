// Runs on the server (PostgreSQL). The scale-out store: any number of server processes share one
// database. A host's writes serialize on its row in `hosts` (locked from the start of a write
// transaction to its commit; within a process they also queue and commit in groups), commits announce themselves with NOTIFY, and every process
// LISTENs, so stream clients hear of changes made through any process.
import { randomUUID } from 'node:crypto';
import { hostPatchColumns, toHost, type HostRow } from '../collection-tables.ts';
import { createChangeEmitter } from '../change-emitter.ts';
import type { ChangeNotice, Host, HostPhoto, NewHost, Store } from '../store.ts';
import { batchLinkReads } from './batch-link-reads.ts';
import { CHANGE_CHANNEL, encodeChangeNotice, listenForChanges } from './postgres-change-listener.ts';
import { translatePostgresError } from './postgres-errors.ts';
import { queryBookingByManageToken, queryBusyIntervals, queryDocs, queryEventTypeBySlug, queryPull } from './postgres-reads.ts';
import { toBatchRow } from './query-book-batch.ts';
import { runPostgresWriteGroup, type QueuedPostgresWrite } from './run-postgres-write-group.ts';
import { migratePostgres, openPostgresPool } from './open-postgres-pool.ts';
import { createPostgresFeeds } from './postgres-feeds.ts';
import { createPostgresOutbox } from './postgres-outbox.ts';
import { settleReplacement } from '../settle-replacement.ts';

/** Members per group: bounds the nested savepoints (PostgreSQL caches 64 subtransactions per backend). */
const MAX_GROUP_SIZE = 32;

const HOST_COLUMNS = 'id, name, slug, timezone, email, token_hash, photo_hash, created_at';

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
  // Commits of this store are announced by it at once; those of other processes (and of other
  // stores in this one) arrive through the listener.
  const origin = randomUUID();
  const groupContext = { pool, origin, announce: (notice: ChangeNotice) => changes.emit(notice) };
  let listener: Awaited<ReturnType<typeof listenForChanges>>;
  try {
    await migratePostgres(pool);
    listener = await listenForChanges(url, (notice) => changes.emit(notice), options.onProblem, origin);
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
  // Every booking starts with this read; those of one turn share a query.
  const readLinkByToken = batchLinkReads(pool);
  let closed = false;
  let running = 0;
  let onIdle: (() => void) | null = null;

  // Each host's write transactions queue here; one group per host runs at a time, and the next
  // takes everything that queued meanwhile (see run-postgres-write-group.ts). Measured: starting
  // the next group as soon as the one before has sent its COMMIT (it then waits for the lock
  // inside PostgreSQL) made groups smaller and cost PostgreSQL more CPU per booking than the
  // overlap saved.
  const queues = new Map<string, QueuedPostgresWrite[]>();
  const drainHost = async (hostId: string, queue: QueuedPostgresWrite[]): Promise<void> => {
    queues.set(hostId, queue);
    running += 1;
    try {
      while (queue.length > 0) {
        const group = queue.splice(0, MAX_GROUP_SIZE);
        // A group that failed as a whole is run again member by member, so that one member's
        // fault (a statement of its batch, say) fails only that member.
        if (!(await runPostgresWriteGroup(groupContext, hostId, group))) {
          for (const member of group) await runPostgresWriteGroup(groupContext, hostId, [member]);
        }
      }
    } finally {
      queues.delete(hostId);
      running -= 1;
      if (running === 0 && onIdle) onIdle();
    }
  };

  /** Queues a member for the host's next group, starting the host's drain when none runs. */
  const enqueue = <T>(hostId: string, member: (settle: { resolve: (value: unknown) => void; reject: (error: unknown) => void }) => QueuedPostgresWrite): Promise<T> => {
    if (closed) return Promise.reject(new Error('the store is closed'));
    return new Promise<T>((resolve, reject) => {
      const queued = member({ resolve: resolve as (value: unknown) => void, reject });
      const queue = queues.get(hostId);
      if (queue) queue.push(queued);
      else void drainHost(hostId, [queued]);
    });
  };

  const hostQuery = async (sql: string, params: unknown[]): Promise<HostRow | undefined> => (await pool.query<HostRow>(sql, params)).rows[0];

  return {
    dialect: 'postgres',

    createHost(input: NewHost): Promise<Host> {
      return translated(async () => {
        const { rows } = await pool.query<HostRow>(
          `INSERT INTO hosts (id, name, slug, timezone, email, token_hash, seq, created_at) VALUES ($1, $2, $3, $4, $5, $6, 0, now())
           RETURNING ${HOST_COLUMNS}`,
          [randomUUID(), input.name, input.slug, input.timezone, input.email ?? '', input.tokenHash],
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
    updateHost(hostId, patch) {
      return translated(async () => {
        const { columns, values } = hostPatchColumns(patch);
        if (columns.length === 0) {
          const row = await hostQuery(`SELECT ${HOST_COLUMNS} FROM hosts WHERE id = $1`, [hostId]);
          return row ? toHost(row) : null;
        }
        // The NOTIFY goes out with the update's commit, to the other processes' view caches
        // (the host's pages show its profile); this process's listeners hear it at once.
        const row = await hostQuery(
          `UPDATE hosts SET ${columns.map((column, i) => `${column} = $${i + 4}`).join(', ')} WHERE id = $1
           RETURNING ${HOST_COLUMNS}, pg_notify($2, $3)::text AS notified`,
          [hostId, CHANGE_CHANNEL, encodeChangeNotice(hostId, [], origin), ...values],
        );
        if (!row) return null;
        changes.emit({ hostId, collections: [] });
        return toHost(row);
      });
    },
    setHostPhoto(hostId, photo) {
      return translated(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          if (photo) {
            await client.query(
              `INSERT INTO host_photos (host_id, content_type, bytes, hash, updated_at)
               SELECT id, $2, $3, $4, now() FROM hosts WHERE id = $1
               ON CONFLICT (host_id) DO UPDATE SET content_type = EXCLUDED.content_type, bytes = EXCLUDED.bytes, hash = EXCLUDED.hash, updated_at = EXCLUDED.updated_at`,
              [hostId, photo.contentType, photo.bytes, photo.hash],
            );
          } else {
            await client.query('DELETE FROM host_photos WHERE host_id = $1', [hostId]);
          }
          // The NOTIFY goes out with the commit, to the other processes' view caches (the pages show the photo).
          const row = (await client.query<HostRow>(
            `UPDATE hosts SET photo_hash = $2 WHERE id = $1 RETURNING ${HOST_COLUMNS}, pg_notify($3, $4)::text AS notified`,
            [hostId, photo?.hash ?? null, CHANGE_CHANNEL, encodeChangeNotice(hostId, [], origin)],
          )).rows[0];
          await client.query('COMMIT');
          if (!row) return null;
          changes.emit({ hostId, collections: [] });
          return toHost(row);
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      });
    },
    async findHostPhotoBySlug(slug) {
      const { rows } = await pool.query<{ content_type: HostPhoto['contentType']; bytes: Buffer; hash: string }>(
        'SELECT p.content_type, p.bytes, p.hash FROM host_photos p JOIN hosts h ON h.id = p.host_id WHERE h.slug = $1', [slug]);
      const row = rows[0];
      return row ? { contentType: row.content_type, bytes: row.bytes, hash: row.hash } : null;
    },

    pull(hostId, collection, checkpoint, limit) {
      return queryPull(pool, hostId, collection, checkpoint, limit);
    },

    writeTransaction(hostId, work) {
      return enqueue(hostId, (settle) => ({ kind: 'work', work, ...settle }));
    },
    book(command) {
      // A reschedule is written once for both stores, against WriteTx (settle-replacement.ts).
      if (command.replaces) return settleReplacement((hostId, work) => enqueue(hostId, (settle) => ({ kind: 'work', work, ...settle })), command);
      let row: ReturnType<typeof toBatchRow>;
      try {
        // Checked and turned into column values now, not under the host's lock.
        row = toBatchRow(command);
      } catch (error) {
        return Promise.reject(error);
      }
      return enqueue(command.hostId, (settle) => ({ kind: 'book', row, ...settle }));
    },
    outbox: createPostgresOutbox(pool),

    getDocs(hostId, collection, ids) {
      return queryDocs(pool, hostId, collection, ids);
    },
    findLinkByToken(token) {
      return readLinkByToken(token);
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
    feeds: createPostgresFeeds(pool),

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
