// Runs in Node (bench). The baseline's one durable transaction, on SQLite (same pragmas as the
// store: WAL, synchronous=FULL, BEGIN IMMEDIATE) or PostgreSQL (default commit durability): a
// conditional UPDATE of a link row whose row count is checked, then an INSERT of the booking.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';

export interface BareDatabase {
  /** The new booking's id, or null when the link was used up. */
  redeem(link: number, booking: { start: string; name: string; email: string }): Promise<string | null>;
}

const TABLES = [
  'CREATE TABLE IF NOT EXISTS bench_bare_links (id INTEGER PRIMARY KEY, uses INTEGER NOT NULL, max_uses INTEGER NOT NULL)',
  'CREATE TABLE IF NOT EXISTS bench_bare_bookings (id TEXT PRIMARY KEY, link_id INTEGER NOT NULL, start_at TEXT NOT NULL, name TEXT NOT NULL, email TEXT NOT NULL, created_at TEXT NOT NULL)',
];

export async function openBareDatabase(url: string, links: number): Promise<BareDatabase> {
  if (url.startsWith('sqlite:')) {
    const db = new Database(url.slice('sqlite:'.length));
    db.pragma('busy_timeout = 10000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    for (const sql of TABLES) db.exec(sql);
    db.exec('DELETE FROM bench_bare_links; DELETE FROM bench_bare_bookings;');
    const seed = db.prepare('INSERT INTO bench_bare_links (id, uses, max_uses) VALUES (?, 0, 1)');
    db.transaction(() => { for (let i = 0; i < links; i += 1) seed.run(i); })();
    const consume = db.prepare('UPDATE bench_bare_links SET uses = uses + 1 WHERE id = ? AND uses < max_uses');
    const insert = db.prepare('INSERT INTO bench_bare_bookings (id, link_id, start_at, name, email, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    const redeem = db.transaction((link: number, booking: { start: string; name: string; email: string }) => {
      if (consume.run(link).changes !== 1) return null;
      const id = randomUUID();
      insert.run(id, link, booking.start, booking.name, booking.email, new Date().toISOString());
      return id;
    });
    return { redeem: async (link, booking) => redeem.immediate(link, booking) };
  }
  // BARE_POOL: the connections it may use at once (the throughput bench gives it one per client).
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env['BARE_POOL'] ?? '10') });
  pool.on('error', () => {});
  for (const sql of TABLES) await pool.query(sql);
  await pool.query('DELETE FROM bench_bare_links; DELETE FROM bench_bare_bookings;');
  await pool.query('INSERT INTO bench_bare_links (id, uses, max_uses) SELECT g, 0, 1 FROM generate_series(0, $1::int - 1) g', [links]);
  return {
    async redeem(link, booking) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const consumed = await client.query('UPDATE bench_bare_links SET uses = uses + 1 WHERE id = $1 AND uses < max_uses', [link]);
        if (consumed.rowCount !== 1) {
          await client.query('ROLLBACK');
          return null;
        }
        const id = randomUUID();
        await client.query('INSERT INTO bench_bare_bookings (id, link_id, start_at, name, email, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [id, link, booking.start, booking.name, booking.email, new Date().toISOString()]);
        await client.query('COMMIT');
        return id;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
}
