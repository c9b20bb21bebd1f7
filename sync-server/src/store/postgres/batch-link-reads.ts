// Runs on the server (PostgreSQL). Every booking starts by reading its link by token on the pool;
// under load many arrive in the same turn of the event loop. One query for all of them spends one
// pool checkout, one socket write and one statement instead of one each.
import DataLoader from 'dataloader';
import type { LinkWithTarget } from '../store.ts';
import { queryLinksByTokens, type Queryable } from './postgres-reads.ts';

export function batchLinkReads(pool: Queryable): (token: string) => Promise<LinkWithTarget | null> {
  const loader = new DataLoader<string, LinkWithTarget | null>(
    async (tokens) => {
      const found = await queryLinksByTokens(pool, tokens);
      return tokens.map((token) => found.get(token) ?? null);
    },
    // No cache: a link read must see the latest commit. Batches close at the end of the turn
    // (setImmediate), after every request whose bytes came in that turn has asked.
    { cache: false, batchScheduleFn: (callback) => setImmediate(callback), maxBatchSize: 64 },
  );
  return (token) => loader.load(token);
}
