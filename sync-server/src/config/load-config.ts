// Runs on the server. The server's configuration, read from the environment (README, "Configuration"):
// PORT, HOST, DATABASE_URL, PUBLIC_URL, LOG_LEVEL; also SYNC_HEARTBEAT_SECONDS (stream heartbeat)
// TRUST_PROXY (behind a load balancer), BOOKING_RATE_LIMIT and LOOKUP_FAILURE_LIMIT (public pages),
// PUBLIC_VIEW_CACHE_MS (how long a public page or slots answer may be reused); HEADERS_TIMEOUT_SECONDS,
// REQUEST_TIMEOUT_SECONDS, IDLE_TIMEOUT_SECONDS and MAX_CONNECTIONS (what one client may hold);
// LINKS_API_RATE_LIMIT (requests per minute per host token on /api/links); ALLOW_PRIVATE_FETCH (feeds
// and webhooks may reach loopback and private addresses) and CALENDAR_FEED_REFRESH_SECONDS;
// SMTP_URL and MAIL_FROM (email), OUTBOX_POLL_MS, OUTBOX_RETRY_BASE_MS, OUTBOX_MAX_ATTEMPTS, OUTBOX_WORKER (the outbox worker).
import { ConfigError } from './config-error.ts';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl, type DatabaseConfig } from './parse-database-url.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Base of link URLs, without a trailing slash. */
  publicUrl: string;
  logLevel: LogLevel;
  /** Milliseconds between heartbeat comments on /sync/stream (the HTTP contract: at most 25 s). */
  streamHeartbeatMs: number;
  /**
   * Behind a load balancer: take the client address from X-Forwarded-For. TRUST_PROXY=true trusts
   * any proxy; a comma-separated list of addresses/CIDRs trusts only those.
   */
  trustProxy: boolean | string;
  /** Per-client-IP limits of the public booking pages and API; defaults (DEFAULT_PUBLIC_LIMITS) when absent. */
  publicLimits?: PublicLimits;
  /**
   * Longest life, ms, of a cached booking page or slots answer (PUBLIC_VIEW_CACHE_MS; 0 = no cache;
   * DEFAULT_PUBLIC_VIEW_CACHE_MS when absent). Commits drop answers at once; see public-view-cache.ts.
   */
  publicViewCacheMs?: number;
  /** How long a request may take to arrive and how many sockets may be open; DEFAULT_CONNECTION_LIMITS when absent. */
  connectionLimits?: ConnectionLimits;
  /** Requests per minute per host token on /api/links (LINKS_API_RATE_LIMIT); DEFAULT_LINKS_API_RATE_LIMIT when absent. */
  linksApiRateLimit?: number;
  /** ALLOW_PRIVATE_FETCH=true: outside URLs (feeds, webhooks) may name loopback and private addresses. */
  allowPrivateFetch?: boolean;
  /** CALENDAR_FEED_REFRESH_SECONDS (300): how often each enabled calendar feed is fetched. */
  calendarFeedRefreshSeconds?: number;
  /** Email (SMTP_URL, MAIL_FROM) and the outbox worker; DEFAULT_OUTBOX with no SMTP when absent. */
  mail?: MailConfig;
}

/** Where messages go and how the outbox worker retries them (README, "Configuration"). */
export interface MailConfig {
  /** SMTP_URL, e.g. smtp://user:pass@mail.example.org:587; null = .eml files under the data folder's outbox/. */
  smtpUrl: string | null;
  /** MAIL_FROM; default `1x <no-reply@HOSTNAME-of-PUBLIC_URL>`. */
  from: string;
  /** OUTBOX_POLL_MS: how often the worker looks for due messages besides being woken by commits. */
  pollMs: number;
  /** OUTBOX_RETRY_BASE_MS: the first retry's delay; each next one doubles. */
  retryBaseMs: number;
  /** OUTBOX_MAX_ATTEMPTS: after this many, a message is failed for good (and shown to the host). */
  maxAttempts: number;
  /**
   * OUTBOX_WORKER=off: this process queues messages but sends none (another process on the same
   * PostgreSQL sends them; the benchmark's "email off"). Default on.
   */
  workerEnabled: boolean;
}

export const DEFAULT_OUTBOX = { pollMs: 1000, retryBaseMs: 30_000, maxAttempts: 8, workerEnabled: true } as const;

/**
 * Bounds on what slow or many clients can hold (env: HEADERS_TIMEOUT_SECONDS, REQUEST_TIMEOUT_SECONDS,
 * IDLE_TIMEOUT_SECONDS, MAX_CONNECTIONS). The live stream is exempt from the idle timeout: it is
 * quiet between heartbeats by design.
 */
export interface ConnectionLimits {
  /** The request line and headers must have arrived within this. */
  headersTimeoutMs: number;
  /** The whole request, body included, must have arrived within this (a trickled body is cut off). */
  requestTimeoutMs: number;
  /** A socket with no traffic either way for this long is closed. */
  idleTimeoutMs: number;
  /** Open sockets per process; further connections are dropped at once. */
  maxConnections: number;
}

/** Generous enough for a full push batch (PUSH_BODY_LIMIT) over a slow uplink. */
export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 120_000,
  idleTimeoutMs: 75_000,
  maxConnections: 10_000,
};

/** Short: it bounds what only time changes (the horizon's end, a missed PostgreSQL notice). */
export const DEFAULT_PUBLIC_VIEW_CACHE_MS = 2000;

/** Requests per minute and client IP (env: BOOKING_RATE_LIMIT, LOOKUP_FAILURE_LIMIT). */
export interface PublicLimits {
  /** Booking and cancel POSTs (JSON and form). */
  bookingsPerMinute: number;
  /** Look-ups of unknown link, event-type or manage tokens; over it, every look-up answers 429. */
  failedLookupsPerMinute: number;
}

/** Plenty for a CRM minting a link per deal, little enough that a leaked token cannot flood the calendar. */
export const DEFAULT_LINKS_API_RATE_LIMIT = 120;

export const DEFAULT_PUBLIC_LIMITS: PublicLimits = { bookingsPerMinute: 20, failedLookupsPerMinute: 30 };

function readInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function readBoolean(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase() ?? '';
  if (raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ServerConfig {
  const port = readInteger(env, 'PORT', 8787, 0, 65535);
  const host = env.HOST?.trim() || '127.0.0.1';
  const database = parseDatabaseUrl(env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL, cwd);

  const publicUrlRaw = env.PUBLIC_URL?.trim() || `http://localhost:${port}`;
  let publicUrl: URL;
  try {
    publicUrl = new URL(publicUrlRaw);
  } catch {
    throw new ConfigError('PUBLIC_URL', `is not a URL (got "${publicUrlRaw}")`);
  }
  if (publicUrl.protocol !== 'http:' && publicUrl.protocol !== 'https:') {
    throw new ConfigError('PUBLIC_URL', 'must start with http:// or https://');
  }

  const logLevelRaw = (env.LOG_LEVEL?.trim() || 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevelRaw)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')} (got "${logLevelRaw}")`);
  }

  const heartbeatSeconds = readInteger(env, 'SYNC_HEARTBEAT_SECONDS', 20, 1, 25);
  const trustProxyRaw = env.TRUST_PROXY?.trim() ?? '';
  let trustProxy: boolean | string = false;
  if (trustProxyRaw.toLowerCase() === 'true') trustProxy = true;
  else if (/^[0-9a-fA-F.:/,\s]+$/.test(trustProxyRaw)) trustProxy = trustProxyRaw;
  else if (trustProxyRaw !== '' && trustProxyRaw.toLowerCase() !== 'false') {
    throw new ConfigError('TRUST_PROXY', `must be true, false or a comma-separated list of proxy addresses (got "${trustProxyRaw}")`);
  }
  return {
    port,
    host,
    database,
    publicUrl: publicUrl.toString().replace(/\/+$/, ''),
    logLevel: logLevelRaw as LogLevel,
    streamHeartbeatMs: heartbeatSeconds * 1000,
    trustProxy,
    publicLimits: {
      bookingsPerMinute: readInteger(env, 'BOOKING_RATE_LIMIT', DEFAULT_PUBLIC_LIMITS.bookingsPerMinute, 1, 1_000_000),
      failedLookupsPerMinute: readInteger(env, 'LOOKUP_FAILURE_LIMIT', DEFAULT_PUBLIC_LIMITS.failedLookupsPerMinute, 1, 1_000_000),
    },
    publicViewCacheMs: readInteger(env, 'PUBLIC_VIEW_CACHE_MS', DEFAULT_PUBLIC_VIEW_CACHE_MS, 0, 10_000),
    connectionLimits: readConnectionLimits(env),
    linksApiRateLimit: readInteger(env, 'LINKS_API_RATE_LIMIT', DEFAULT_LINKS_API_RATE_LIMIT, 1, 1_000_000),
    allowPrivateFetch: readBoolean(env, 'ALLOW_PRIVATE_FETCH'),
    calendarFeedRefreshSeconds: readInteger(env, 'CALENDAR_FEED_REFRESH_SECONDS', 300, 1, 86_400),
    mail: readMailConfig(env, publicUrl),
  };
}

function readMailConfig(env: NodeJS.ProcessEnv, publicUrl: URL): MailConfig {
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl !== null) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(smtpUrl);
    } catch {
      // named below
    }
    if (!parsed || (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') || !parsed.hostname) {
      throw new ConfigError('SMTP_URL', 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.org:587');
    }
  }
  const from = env.MAIL_FROM?.trim() || `1x <no-reply@${publicUrl.hostname.replace(/^\[|\]$/g, '')}>`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(from) || !/@/.test(from)) throw new ConfigError('MAIL_FROM', `must be an address such as "1x <no-reply@example.org>" (got "${from}")`);
  return {
    smtpUrl,
    from,
    pollMs: readInteger(env, 'OUTBOX_POLL_MS', DEFAULT_OUTBOX.pollMs, 10, 600_000),
    retryBaseMs: readInteger(env, 'OUTBOX_RETRY_BASE_MS', DEFAULT_OUTBOX.retryBaseMs, 10, 3_600_000),
    maxAttempts: readInteger(env, 'OUTBOX_MAX_ATTEMPTS', DEFAULT_OUTBOX.maxAttempts, 1, 100),
    workerEnabled: readOnOff(env, 'OUTBOX_WORKER'),
  };
}

function readOnOff(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name]?.trim().toLowerCase() ?? '';
  if (raw === '' || raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(name, `must be on or off (got "${raw}")`);
}

function readConnectionLimits(env: NodeJS.ProcessEnv): ConnectionLimits {
  const defaults = DEFAULT_CONNECTION_LIMITS;
  const headersSeconds = readInteger(env, 'HEADERS_TIMEOUT_SECONDS', defaults.headersTimeoutMs / 1000, 1, 3600);
  const requestSeconds = readInteger(env, 'REQUEST_TIMEOUT_SECONDS', defaults.requestTimeoutMs / 1000, 1, 3600);
  // Node checks the headers deadline as part of the request's: a larger one would never apply.
  if (headersSeconds > requestSeconds) {
    throw new ConfigError('HEADERS_TIMEOUT_SECONDS', `must not be more than REQUEST_TIMEOUT_SECONDS (${requestSeconds})`);
  }
  return {
    headersTimeoutMs: headersSeconds * 1000,
    requestTimeoutMs: requestSeconds * 1000,
    idleTimeoutMs: readInteger(env, 'IDLE_TIMEOUT_SECONDS', defaults.idleTimeoutMs / 1000, 1, 3600) * 1000,
    maxConnections: readInteger(env, 'MAX_CONNECTIONS', defaults.maxConnections, 1, 1_000_000),
  };
}
