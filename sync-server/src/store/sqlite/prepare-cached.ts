// Runs on the server (SQLite). Prepared statements, compiled once per connection and SQL text:
// the store runs the same few statements thousands of times (a 5,000-document sync).
import type { Statement } from 'better-sqlite3';
import type { SqliteDatabase } from './open-sqlite-database.ts';

const caches = new WeakMap<SqliteDatabase, Map<string, Statement>>();

export function prepareCached(db: SqliteDatabase, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
