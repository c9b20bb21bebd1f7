// Runs on the server. The open `/sync/stream` connections of this process, by host. Each commit
// the store announces becomes one `change` event for that host's connections (or for all, when
// the store may have missed notices); a shared timer sends heartbeat comments.
import type { CollectionName } from '../../../core/schemas/index.ts';
import type { Store } from '../store/store.ts';

export interface StreamConnection {
  write(chunk: string): void;
  end(): void;
}

/** A client needs one connection; this bounds what a leaked or hostile token can hold open per process. */
export const MAX_STREAMS_PER_HOST = 100;

export interface StreamHub {
  /** Registers a connection; returns the function that removes it (call it on close), or null when the host is at its limit. */
  add(hostId: string, connection: StreamConnection): (() => void) | null;
  /** Open connections, for tests and metrics. */
  count(hostId?: string): number;
  /** Ends every connection and stops listening (graceful shutdown). */
  closeAll(): void;
}

export function formatChangeEvent(collections: readonly CollectionName[]): string {
  return `event: change\ndata: ${JSON.stringify({ collections })}\n\n`;
}

export function createStreamHub(store: Store, options: { heartbeatMs: number }): StreamHub {
  const byHost = new Map<string, Set<StreamConnection>>();
  const safeWrite = (connection: StreamConnection, chunk: string): void => {
    try {
      connection.write(chunk);
    } catch {
      // A socket that broke mid-write is cleaned up by its close handler.
    }
  };

  const unsubscribe = store.onCommit((notice) => {
    const event = formatChangeEvent(notice.collections);
    const targets = notice.hostId === null ? [...byHost.values()] : [byHost.get(notice.hostId) ?? new Set()];
    for (const set of targets) for (const connection of set) safeWrite(connection, event);
  });

  const heartbeat = setInterval(() => {
    for (const set of byHost.values()) for (const connection of set) safeWrite(connection, ': heartbeat\n\n');
  }, options.heartbeatMs);
  heartbeat.unref();

  return {
    add(hostId, connection) {
      let set = byHost.get(hostId);
      if (!set) {
        set = new Set();
        byHost.set(hostId, set);
      }
      if (set.size >= MAX_STREAMS_PER_HOST) return null;
      set.add(connection);
      return () => {
        const current = byHost.get(hostId);
        if (!current) return;
        current.delete(connection);
        if (current.size === 0) byHost.delete(hostId);
      };
    },
    count(hostId) {
      if (hostId !== undefined) return byHost.get(hostId)?.size ?? 0;
      let total = 0;
      for (const set of byHost.values()) total += set.size;
      return total;
    },
    closeAll() {
      clearInterval(heartbeat);
      unsubscribe();
      for (const set of byHost.values()) for (const connection of set) connection.end();
      byHost.clear();
    },
  };
}
