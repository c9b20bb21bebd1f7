// Runs on the server. A small per-process cache of the finished bytes of the public GETs that cost
// the most (the booking page and the slots API): the same invitee reloads, a page's script asks for
// the month it shows, and each answer costs a slot-engine run over the host's calendar.
//
// What keeps it from ever serving stale bookability:
// - Every commit of a host drops that host's answers (`forgetHost`, wired in connect-view-cache.ts
//   to the store's commit notices and, for this process's writes, to the end of the write itself,
//   so before a 201 or a push's answer is sent).
// - An answer built from reads that a commit overtook is not kept: `ticket()` is taken before the
//   reads, and `put` refuses it when the host was forgotten since (the build raced a commit).
// - Every answer has an end (`until`, see answer-lifetime.ts): a short bound, the link's expiry, the
//   moment its earliest slot falls inside the minimum notice.
// - Size is bounded by entries and bytes, least recently used out first; only 200 answers go in.
//
// What is worth keeping: an answer whose question was asked before within the lifetime
// (`noteAsk`). Most single-use links are opened by one invitee, once or twice, minutes apart:
// keeping every page built (up to the byte bound, tens of MB of answers nobody asks again) cost
// more than it saved, while a page asked over and over (a shared standard link, a reload storm) is
// kept from its second ask on.

export interface CachedAnswer {
  body: Buffer;
  hostId: string;
  /** Epoch ms from which this answer must not be served any more. */
  until: number;
}

export interface PublicViewCacheStats {
  hits: number;
  misses: number;
  /** Answers kept by `put` (refused ones not counted). */
  stored: number;
  size: number;
  bytes: number;
}

export interface PublicViewCache {
  /** False when configured off (lifetime 0): `get` misses and `put` keeps nothing. */
  readonly enabled: boolean;
  /** The longest an answer may be kept, ms. */
  readonly lifetimeMs: number;
  /** Take before reading what an answer is built from; hand back to `put`. */
  ticket(): number;
  get(key: string, now: number): CachedAnswer | undefined;
  /** Records an ask for `key`; true when it was asked before within the lifetime (its answer is then worth a `put`). */
  noteAsk(key: string, now: number): boolean;
  /** Keeps the answer; false when it was refused (cache off, already over, too big, raced a commit). */
  put(key: string, answer: CachedAnswer, ticket: number, now: number): boolean;
  /** Drops every answer of the host; null (notices may have been missed) drops everything. */
  forgetHost(hostId: string | null): void;
  stats(): PublicViewCacheStats;
}

export interface PublicViewCacheOptions {
  lifetimeMs: number;
  maxEntries?: number;
  maxBytes?: number;
}

/** ~800 booking pages (37 KB) or ~350 month-long slot answers: popular links stay in. */
export const DEFAULT_MAX_ENTRIES = 1000;
export const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
/** Hosts remembered with the moment they were last forgotten; past it, the memory is reset. */
const MAX_TRACKED_HOSTS = 10_000;
/** Questions remembered with the moment they were last asked; past it, the memory is reset. */
const MAX_TRACKED_ASKS = 20_000;

export function createPublicViewCache(options: PublicViewCacheOptions): PublicViewCache {
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const enabled = options.lifetimeMs > 0 && maxEntries > 0 && maxBytes > 0;
  // Map order is the LRU order: oldest use first.
  const entries = new Map<string, CachedAnswer>();
  const keysByHost = new Map<string, Set<string>>();
  // Invalidation clock: each forget advances it; a ticket older than its host's last forget is refused.
  let epoch = 0;
  let forgottenAllAt = 0;
  const forgottenAt = new Map<string, number>();
  let bytes = 0;
  const counts = { hits: 0, misses: 0, stored: 0 };
  const lastAsked = new Map<string, number>();

  const remove = (key: string): void => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.body.length;
    const keys = keysByHost.get(entry.hostId);
    keys?.delete(key);
    if (keys?.size === 0) keysByHost.delete(entry.hostId);
  };

  return {
    enabled,
    lifetimeMs: options.lifetimeMs,
    ticket: () => epoch,
    get(key, now) {
      const entry = enabled ? entries.get(key) : undefined;
      if (!entry || entry.until <= now) {
        if (entry) remove(key);
        counts.misses += 1;
        return undefined;
      }
      // Most recently used goes last.
      entries.delete(key);
      entries.set(key, entry);
      counts.hits += 1;
      return entry;
    },
    noteAsk(key, now) {
      if (!enabled) return false;
      const before = lastAsked.get(key);
      if (lastAsked.size >= MAX_TRACKED_ASKS) lastAsked.clear();
      lastAsked.set(key, now);
      return before !== undefined && now - before < options.lifetimeMs;
    },
    put(key, answer, ticket, now) {
      if (!enabled || answer.until <= now || answer.body.length > maxBytes) return false;
      if (ticket < forgottenAllAt || ticket < (forgottenAt.get(answer.hostId) ?? 0)) return false;
      const until = Math.min(answer.until, now + options.lifetimeMs);
      remove(key);
      entries.set(key, { ...answer, until });
      bytes += answer.body.length;
      let keys = keysByHost.get(answer.hostId);
      if (!keys) keysByHost.set(answer.hostId, (keys = new Set()));
      keys.add(key);
      counts.stored += 1;
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        remove(oldest);
      }
      return true;
    },
    forgetHost(hostId) {
      epoch += 1;
      if (hostId === null || forgottenAt.size >= MAX_TRACKED_HOSTS) {
        // Forgetting everything also refuses every build in flight: the per-host marks are moot.
        forgottenAllAt = epoch;
        forgottenAt.clear();
        entries.clear();
        keysByHost.clear();
        bytes = 0;
        return;
      }
      forgottenAt.set(hostId, epoch);
      for (const key of [...(keysByHost.get(hostId) ?? [])]) remove(key);
    },
    stats: () => ({ ...counts, size: entries.size, bytes }),
  };
}
