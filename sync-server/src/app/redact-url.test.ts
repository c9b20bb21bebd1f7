// Runs in tests (server side). What of a URL may reach the logs.
import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url.ts';

describe('redactUrl', () => {
  it.each([
    ['/sync/links/pull?seq=3&id=abc&limit=100', '/sync/links/pull?seq=3&id=abc&limit=100'],
    ['/l/SECRETSECRETSECRETSECRET', '/l/[redacted]'],
    ['/m/SECRET?x=1', '/m/[redacted]?x=1'],
    ['/api/public/links/SECRET/slots?from=2026-01-01', '/api/public/links/[redacted]/slots?from=2026-01-01'],
    ['/api/public/bookings/SECRET/ics', '/api/public/bookings/[redacted]/ics'],
    ['/sync/stream?token=SECRET', '/sync/stream?token=[redacted]'],
    ['/x?a=1&manageToken=SECRET&b=2', '/x?a=1&manageToken=[redacted]&b=2'],
    ['/e/ada/intro-call', '/e/ada/intro-call'],
  ])('%s → %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});
