// Runs on the server. The headers @fastify/helmet sets for a set of options, read once from the
// plugin itself (a throwaway Fastify instance answers one injected request with and without it).
// With static options they are the same on every answer, but the plugin rebuilds helmet's
// middleware chain and sets each header on the raw response per request, in two async hooks; the
// public scope sets the read headers in one synchronous hook instead (with that, a cached booking
// page went from ~6,900 to ~13,100 answers/s in the benchmark).
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify from 'fastify';

export type StaticHeaders = Record<string, string | string[]>;

function headersOf(raw: Record<string, string | string[] | number | undefined>): StaticHeaders {
  const headers: StaticHeaders = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name.toLowerCase()] = typeof value === 'number' ? String(value) : value;
  }
  return headers;
}

export async function readHelmetHeaders(options: FastifyHelmetOptions): Promise<StaticHeaders> {
  if (options.enableCSPNonces) throw new Error('CSP nonces differ per request: they cannot be read once');
  const probe = Fastify({ logger: false });
  try {
    probe.get('/plain', async () => 'ok');
    await probe.register(async (scope) => {
      await scope.register(helmet, options);
      scope.get('/helmet', async () => 'ok');
    });
    const plain = headersOf((await probe.inject({ method: 'GET', url: '/plain' })).headers);
    const withHelmet = headersOf((await probe.inject({ method: 'GET', url: '/helmet' })).headers);
    // What helmet added (or changed); the date and the body's own headers are not helmet's.
    const added: StaticHeaders = {};
    for (const [name, value] of Object.entries(withHelmet)) {
      if (name === 'date' || name === 'content-length' || name === 'content-type') continue;
      if (plain[name] !== value) added[name] = value;
    }
    return added;
  } finally {
    await probe.close();
  }
}
