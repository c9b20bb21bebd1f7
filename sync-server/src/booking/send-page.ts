// Runs on the server. Sends a rendered page. Pages live behind secret tokens and change with every
// booking: never cached, by browsers or proxies.
import type { FastifyReply } from 'fastify';

const PAGE_CONTENT_TYPE = 'text/html; charset=utf-8';

export function sendPage(reply: FastifyReply, status: number, html: string | Buffer): FastifyReply {
  if (status === 429 && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
  return reply.code(status).header('content-type', PAGE_CONTENT_TYPE).header('cache-control', 'no-store').send(html);
}
