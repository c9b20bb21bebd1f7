// Runs on the server. Serves the built desktop renderer (electron-vite's out/renderer) at /app/:
// the same UI in a browser, with the browser platform, wherever Electron cannot run. The page's
// CSP travels as a header too, taken from the build's own meta tag so the two never disagree.
import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const APP_UI_PREFIX = '/app/';
export const DEFAULT_APP_UI_DIR = join(import.meta.dirname, '..', '..', '..', 'out', 'renderer');

const NOT_BUILT = 'The app UI is not built yet: run `npm run build` (electron-vite builds it into out/renderer), then restart the server.';

/** The CSP of the built page's `<meta http-equiv="Content-Security-Policy">`, or null. */
export function readMetaCsp(html: string): string | null {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  return match?.[1]?.replace(/\s+/g, ' ').trim() ?? null;
}

export interface ServeAppUiOptions {
  /** Default: out/renderer of this checkout. */
  rootDir?: string;
}

export async function registerAppUi(app: FastifyInstance, options: ServeAppUiOptions = {}): Promise<void> {
  const rootDir = options.rootDir ?? DEFAULT_APP_UI_DIR;
  const indexFile = join(rootDir, 'index.html');
  if (!existsSync(indexFile)) {
    const notBuilt = async (_request: FastifyRequest, reply: FastifyReply) => reply.code(503).type('text/plain; charset=utf-8').send(NOT_BUILT);
    app.get('/app', notBuilt);
    app.get('/app/*', notBuilt);
    return;
  }
  const metaCsp = readMetaCsp(readFileSync(indexFile, 'utf8'));
  // frame-ancestors works only as a header: nobody may frame the host's UI.
  const csp = metaCsp ? `${metaCsp}; frame-ancestors 'none'` : null;

  // `/app` → `/app/`: the build's asset URLs are relative to the page.
  app.get('/app', async (_request, reply) => reply.redirect(APP_UI_PREFIX, 301));
  await app.register(fastifyStatic, {
    root: rootDir,
    prefix: APP_UI_PREFIX,
    index: 'index.html',
    // Other plugins may decorate the reply with sendFile; this one needs none.
    decorateReply: false,
    dotfiles: 'deny',
    setHeaders(reply, path) {
      reply.header('X-Content-Type-Options', 'nosniff');
      reply.header('Referrer-Policy', 'no-referrer');
      // Hashed assets never change; the page itself is checked on every load so a new build shows.
      const hashed = path.includes(`${sep}assets${sep}`);
      reply.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      if (csp && path.endsWith('.html')) {
        reply.header('Content-Security-Policy', csp);
        reply.header('X-Frame-Options', 'DENY');
      }
    },
  });
}
