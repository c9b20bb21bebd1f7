// Runs in tests (server side). Configuration from the environment: defaults, parsing, and one
// clear message naming the variable for each mistake.
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.ts';

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    expect(loadConfig({}, '/srv/app')).toEqual({
      port: 8787,
      host: '127.0.0.1',
      database: { kind: 'sqlite', path: '/srv/app/data/scheduler.sqlite' },
      publicUrl: 'http://localhost:8787',
      logLevel: 'info',
      streamHeartbeatMs: 20_000,
      trustProxy: false,
      publicLimits: { bookingsPerMinute: 20, failedLookupsPerMinute: 30 },
      publicViewCacheMs: 2000,
      connectionLimits: { headersTimeoutMs: 10_000, requestTimeoutMs: 120_000, idleTimeoutMs: 75_000, maxConnections: 10_000 },
      linksApiRateLimit: 120,
      allowPrivateFetch: false,
      calendarFeedRefreshSeconds: 300,
      mail: { smtpUrl: null, from: '1x <no-reply@localhost>', pollMs: 1000, retryBaseMs: 30_000, maxAttempts: 8, workerEnabled: true },
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000', HOST: '0.0.0.0', DATABASE_URL: 'postgresql://u:p@db.internal:5432/scheduler',
      PUBLIC_URL: 'https://book.example.com/', LOG_LEVEL: 'WARN', SYNC_HEARTBEAT_SECONDS: '5', TRUST_PROXY: 'true',
      BOOKING_RATE_LIMIT: '7', LOOKUP_FAILURE_LIMIT: '9', PUBLIC_VIEW_CACHE_MS: '0',
      HEADERS_TIMEOUT_SECONDS: '2', REQUEST_TIMEOUT_SECONDS: '3', IDLE_TIMEOUT_SECONDS: '4', MAX_CONNECTIONS: '5',
      LINKS_API_RATE_LIMIT: '6', ALLOW_PRIVATE_FETCH: 'true', CALENDAR_FEED_REFRESH_SECONDS: '60',
      SMTP_URL: 'smtps://u:p@mail.example.org:465', MAIL_FROM: 'Bookings <book@example.com>',
      OUTBOX_POLL_MS: '250', OUTBOX_RETRY_BASE_MS: '5000', OUTBOX_MAX_ATTEMPTS: '3', OUTBOX_WORKER: 'off',
    }, '/srv');
    expect(config).toEqual({
      port: 9000,
      host: '0.0.0.0',
      database: { kind: 'postgres', url: 'postgresql://u:p@db.internal:5432/scheduler' },
      publicUrl: 'https://book.example.com',
      logLevel: 'warn',
      streamHeartbeatMs: 5000,
      trustProxy: true,
      publicLimits: { bookingsPerMinute: 7, failedLookupsPerMinute: 9 },
      publicViewCacheMs: 0,
      connectionLimits: { headersTimeoutMs: 2000, requestTimeoutMs: 3000, idleTimeoutMs: 4000, maxConnections: 5 },
      linksApiRateLimit: 6,
      allowPrivateFetch: true,
      calendarFeedRefreshSeconds: 60,
      mail: { smtpUrl: 'smtps://u:p@mail.example.org:465', from: 'Bookings <book@example.com>', pollMs: 250, retryBaseMs: 5000, maxAttempts: 3, workerEnabled: false },
    });
    expect(loadConfig({ PUBLIC_URL: 'https://book.example.com' }).mail?.from).toBe('1x <no-reply@book.example.com>');
    expect(loadConfig({ DATABASE_URL: 'sqlite:///var/lib/s.sqlite' }, '/srv').database).toEqual({ kind: 'sqlite', path: '/var/lib/s.sqlite' });
    expect(loadConfig({ PORT: '9000' }).publicUrl).toBe('http://localhost:9000');
  });

  it.each([
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535'],
    [{ PORT: '12ab' }, 'PORT must be a whole number'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL must start with sqlite:'],
    [{ DATABASE_URL: 'sqlite:' }, 'DATABASE_URL sqlite: needs a file path'],
    [{ DATABASE_URL: 'postgres://' }, 'DATABASE_URL'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL is not a URL'],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL must start with http:// or https://'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
    [{ SYNC_HEARTBEAT_SECONDS: '60' }, 'SYNC_HEARTBEAT_SECONDS must be a whole number from 1 to 25'],
    [{ TRUST_PROXY: 'maybe' }, 'TRUST_PROXY must be'],
    [{ ALLOW_PRIVATE_FETCH: 'yes' }, 'ALLOW_PRIVATE_FETCH must be true or false'],
    [{ CALENDAR_FEED_REFRESH_SECONDS: '0' }, 'CALENDAR_FEED_REFRESH_SECONDS must be a whole number from 1 to 86400'],
    [{ PUBLIC_VIEW_CACHE_MS: '60000' }, 'PUBLIC_VIEW_CACHE_MS must be a whole number from 0 to 10000'],
    [{ REQUEST_TIMEOUT_SECONDS: '0' }, 'REQUEST_TIMEOUT_SECONDS must be a whole number from 1 to 3600'],
    [{ HEADERS_TIMEOUT_SECONDS: '30', REQUEST_TIMEOUT_SECONDS: '20' }, 'HEADERS_TIMEOUT_SECONDS must not be more than REQUEST_TIMEOUT_SECONDS'],
    [{ IDLE_TIMEOUT_SECONDS: 'x' }, 'IDLE_TIMEOUT_SECONDS must be a whole number'],
    [{ MAX_CONNECTIONS: '0' }, 'MAX_CONNECTIONS must be a whole number from 1 to 1000000'],
    [{ SMTP_URL: 'http://mail.example.org' }, 'SMTP_URL must be an smtp:// or smtps:// URL'],
    [{ MAIL_FROM: 'nobody' }, 'MAIL_FROM must be an address'],
    [{ MAIL_FROM: 'a@b.c\r\nBcc: x@y.z' }, 'MAIL_FROM must be an address'],
    [{ OUTBOX_MAX_ATTEMPTS: '0' }, 'OUTBOX_MAX_ATTEMPTS must be a whole number from 1 to 100'],
    [{ OUTBOX_WORKER: 'maybe' }, 'OUTBOX_WORKER must be on or off'],
  ])('refuses %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
