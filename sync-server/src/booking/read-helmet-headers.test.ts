// Runs in tests (server side). The headers read once from @fastify/helmet are helmet's own for the
// options given, and nothing of the probe's answer itself.
import { describe, expect, it } from 'vitest';
import { readHelmetHeaders } from './read-helmet-headers.ts';

describe('readHelmetHeaders', () => {
  it('reads what helmet sets for the public scope\'s options', async () => {
    const headers = await readHelmetHeaders({ contentSecurityPolicy: false, referrerPolicy: { policy: 'no-referrer' }, frameguard: { action: 'deny' } });
    expect(headers).toMatchObject({
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
    });
    for (const absent of ['content-security-policy', 'content-type', 'content-length', 'date']) expect(headers).not.toHaveProperty(absent);
  });

  it('follows the options: another frame policy, CSP on', async () => {
    const headers = await readHelmetHeaders({ frameguard: { action: 'sameorigin' } });
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('refuses CSP nonces, which differ per request', async () => {
    await expect(readHelmetHeaders({ enableCSPNonces: true })).rejects.toThrow('per request');
  });
});
