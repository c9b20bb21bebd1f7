// Runs on the server (PostgreSQL). LISTENs on a dedicated connection, so a commit in any server
// process reaches the stream clients of every process. When that connection drops, notices may
// have been missed: after reconnecting it reports `hostId: null` (everyone resyncs).
import pg from 'pg';
import { COLLECTION_NAMES, isCollectionName } from '../../../../core/schemas/index.ts';
import type { ChangeNotice } from '../store.ts';
import { toUnavailableError } from './postgres-errors.ts';

export const CHANGE_CHANNEL = 'scheduler_changes';

/**
 * The NOTIFY payload: short keys, well under PostgreSQL's 8000-byte limit. `origin` names the
 * store that committed: it has told its own listeners already, before its callers heard of the
 * commit, so its listener skips the notice when it comes back.
 */
export function encodeChangeNotice(hostId: string, collections: readonly string[], origin: string): string {
  return JSON.stringify({ h: hostId, c: collections, o: origin });
}

function decodeChangeNotice(payload: string | undefined, ownOrigin: string): ChangeNotice | null {
  try {
    const parsed = JSON.parse(payload ?? '') as { h?: unknown; c?: unknown; o?: unknown };
    if (typeof parsed.h !== 'string' || !Array.isArray(parsed.c) || parsed.o === ownOrigin) return null;
    return { hostId: parsed.h, collections: parsed.c.filter((c): c is (typeof COLLECTION_NAMES)[number] => typeof c === 'string' && isCollectionName(c)) };
  } catch {
    return null;
  }
}

export interface ChangeListenerConnection {
  close(): Promise<void>;
}

export async function listenForChanges(
  url: string,
  onNotice: (notice: ChangeNotice) => void,
  onProblem: (message: string) => void = () => {},
  ownOrigin = '',
): Promise<ChangeListenerConnection> {
  let closed = false;
  let client: pg.Client | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let retryDelay = 100;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
    next.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL) return;
      const notice = decodeChangeNotice(message.payload, ownOrigin);
      if (notice) onNotice(notice);
    });
    next.on('error', (error) => {
      onProblem(`change listener connection failed: ${error.message}`);
      scheduleReconnect(next);
    });
    next.on('end', () => scheduleReconnect(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      await next.end().catch(() => {});
      throw error;
    }
    client = next;
  };

  const scheduleReconnect = (failed: pg.Client): void => {
    if (closed || client !== failed || retryTimer) return;
    client = null;
    failed.end().catch(() => {});
    retryTimer = setTimeout(() => {
      retryTimer = null;
      connect().then(
        () => {
          retryDelay = 100;
          onNotice({ hostId: null, collections: [...COLLECTION_NAMES] });
        },
        (error: unknown) => {
          onProblem(`change listener cannot reconnect: ${(error as Error).message}`);
          retryDelay = Math.min(retryDelay * 2, 5_000);
          client = failed;
          scheduleReconnect(failed);
        },
      );
    }, retryDelay);
  };

  try {
    await connect();
  } catch (error) {
    throw toUnavailableError(url, error);
  }

  return {
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const current = client;
      client = null;
      await current?.end().catch(() => {});
    },
  };
}
