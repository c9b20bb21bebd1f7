// Runs in tests (server side). The email settings of loadConfig: MAIL_FROM's default names
// PUBLIC_URL's host, SMTP_URL must be smtp(s)://, the outbox knobs are bounded.
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.ts';
import { loadConfig } from './load-config.ts';

describe('loadConfig: email and the outbox', () => {
  it('defaults to no SMTP (.eml files) and a sender at PUBLIC_URL\'s host', () => {
    const { mail } = loadConfig({ PUBLIC_URL: 'https://book.example.org/base' }, '/srv');
    expect(mail).toEqual({ smtpUrl: null, from: '1x <no-reply@book.example.org>', pollMs: 1000, retryBaseMs: 30_000, maxAttempts: 8, workerEnabled: true });
    expect(loadConfig({}, '/srv').mail?.from).toBe('1x <no-reply@localhost>');
  });

  it('takes SMTP_URL, MAIL_FROM and the outbox settings', () => {
    const { mail } = loadConfig({ SMTP_URL: 'smtps://u:p@mail.example.org:465', MAIL_FROM: 'Ada <ada@example.org>', OUTBOX_POLL_MS: '250', OUTBOX_RETRY_BASE_MS: '1000', OUTBOX_MAX_ATTEMPTS: '3', OUTBOX_WORKER: 'off' }, '/srv');
    expect(mail).toEqual({ smtpUrl: 'smtps://u:p@mail.example.org:465', from: 'Ada <ada@example.org>', pollMs: 250, retryBaseMs: 1000, maxAttempts: 3, workerEnabled: false });
  });

  it('refuses what cannot work, naming the variable', () => {
    for (const [env, name] of [
      [{ SMTP_URL: 'http://mail.example.org' }, 'SMTP_URL'],
      [{ SMTP_URL: 'not a url' }, 'SMTP_URL'],
      [{ MAIL_FROM: 'nobody' }, 'MAIL_FROM'],
      [{ MAIL_FROM: 'a@b.c\r\nBcc: x@y.z' }, 'MAIL_FROM'],
      [{ OUTBOX_MAX_ATTEMPTS: '0' }, 'OUTBOX_MAX_ATTEMPTS'],
      [{ OUTBOX_WORKER: 'maybe' }, 'OUTBOX_WORKER'],
    ] as const) {
      expect(() => loadConfig(env, '/srv'), name).toThrow(ConfigError);
      expect(() => loadConfig(env, '/srv')).toThrow(name);
    }
  });
});
