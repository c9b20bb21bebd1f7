// Runs on the server. GET / : a small page naming the product and linking to the app (/app/),
// instead of a bare JSON 404 for whoever opens the server's address. Same headers as the public
// pages: their strict CSP, no framing, no sniffing, no referrer.
import type { FastifyInstance } from 'fastify';
import { PAGE_CSP, renderHomePage } from '../pages/index.ts';
import { APP_UI_PREFIX } from './serve-app-ui.ts';

export function registerHomePage(app: FastifyInstance): void {
  const page = renderHomePage(APP_UI_PREFIX);
  app.get('/', async (_request, reply) =>
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .header('content-security-policy', PAGE_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('x-frame-options', 'DENY')
      .header('referrer-policy', 'no-referrer')
      .send(page),
  );
}
