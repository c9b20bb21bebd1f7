// Runs on the server. The open `/sync/stream` connections of this process, by host. Each commit
// the store announces becomes one `change` event for that host's connections (or for all, when
// the store may have missed notices); a shared timer sends heartbeat comments.
//
// A stream outlives the check of the token it was opened with, and a token can be rotated by
// another process (the CLI, another server on the same PostgreSQL) that this one hears nothing
// from. So the token is checked against the store again before each event is delivered and on
// every heartbeat: a stream whose token no longer works is ended within one heartbeat interval
// and hears of no commit after the rotation. One read per distinct token, not per connection.
import type { CollectionName } from '../../../core/schemas/index.ts';
import { hashesEqual } from '../auth/hash-token.ts';
import type { Store } from '../store/store.ts';

export interface StreamConnection {
  write(chunk: string): void;
  end(): void;
}

/** A client needs one connection; this bounds what a leaked or hostile token can hold open per process. */
export const MAX_STREAMS_PER_HOST = 100;

export interface StreamHub {
  /**
   * Registers a connection opened with the token of that hash; returns the function that removes
   * it (call it on close), or null when the host is at its limit.
   */
  add(hostId: string, connection: StreamConnection, tokenHash: string): (() => void) | null;
  /** Open connections, for tests and metrics. */
  count(hostId?: string): number;
  /** Ends every connection and stops listening (graceful shutdown). */
  closeAll(): void;
}

/** Whether the token of that hash still authenticates that host. */
export type TokenCheck = (hostId: string, tokenHash: string) => Promise<boolean>;

export function formatChangeEvent(collections: readonly CollectionName[]): string {
  return `event: change\ndata: ${JSON.stringify({ collections })}\n\n`;
}

/** The store's answer; a store that cannot answer keeps the stream (an outage is no rotation). */
export function tokenCheckOf(store: Store): TokenCheck {
  return async (hostId, tokenHash) => {
    try {
      const found = await store.findHostByTokenHash(tokenHash);
      return found !== null && found.id === hostId && hashesEqual(found.tokenHash, tokenHash);
    } catch {
      return true;
    }
  };
}

export function createStreamHub(store: Store, options: { heartbeatMs: number; checkToken?: TokenCheck }): StreamHub {
  const checkToken = options.checkToken ?? tokenCheckOf(store);
  const byHost = new Map<string, Map<StreamConnection, string>>();
  let closed = false;
  const safeWrite = (connection: StreamConnection, chunk: string): void => {
    try {
      connection.write(chunk);
    } catch {
      // A socket that broke mid-write is cleaned up by its close handler.
    }
  };
  const remove = (hostId: string, connection: StreamConnection): void => {
    const current = byHost.get(hostId);
    if (!current) return;
    current.delete(connection);
    if (current.size === 0) byHost.delete(hostId);
  };

  /** Checks each distinct token of the host's connections, ends those whose token fails, writes `chunk` to the rest. */
  const deliver = async (hostId: string, chunk: string): Promise<void> => {
    const connections = byHost.get(hostId);
    if (!connections) return;
    const byToken = new Map<string, StreamConnection[]>();
    for (const [connection, tokenHash] of connections) byToken.set(tokenHash, [...(byToken.get(tokenHash) ?? []), connection]);
    await Promise.all([...byToken].map(async ([tokenHash, group]) => {
      const valid = await checkToken(hostId, tokenHash);
      for (const connection of group) {
        // Closed (or the hub shut down) while the token was checked.
        if (closed || byHost.get(hostId)?.has(connection) !== true) continue;
        if (valid) {
          safeWrite(connection, chunk);
        } else {
          remove(hostId, connection);
          connection.end();
        }
      }
    }));
  };
  const deliverAll = (hostIds: Iterable<string>, chunk: string): void => {
    for (const hostId of [...hostIds]) void deliver(hostId, chunk);
  };

  const unsubscribe = store.onCommit((notice) => {
    deliverAll(notice.hostId === null ? byHost.keys() : [notice.hostId], formatChangeEvent(notice.collections));
  });

  const heartbeat = setInterval(() => deliverAll(byHost.keys(), ': heartbeat\n\n'), options.heartbeatMs);
  heartbeat.unref();

  return {
    add(hostId, connection, tokenHash) {
      let connections = byHost.get(hostId);
      if (!connections) {
        connections = new Map();
        byHost.set(hostId, connections);
      }
      if (connections.size >= MAX_STREAMS_PER_HOST) return null;
      connections.set(connection, tokenHash);
      return () => remove(hostId, connection);
    },
    count(hostId) {
      if (hostId !== undefined) return byHost.get(hostId)?.size ?? 0;
      let total = 0;
      for (const connections of byHost.values()) total += connections.size;
      return total;
    },
    closeAll() {
      closed = true;
      clearInterval(heartbeat);
      unsubscribe();
      for (const connections of byHost.values()) for (const connection of connections.keys()) connection.end();
      byHost.clear();
    },
  };
}
