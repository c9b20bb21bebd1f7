// Runs on the server. The one way the public GETs (booking page, slots) use the view cache
// (public-view-cache.ts): a kept answer is sent as it is; otherwise the route builds it, and the
// answer is kept when its question was asked before within the lifetime, unless a commit of its
// host overtook the build. Compression is the scope's @fastify/compress, for kept and fresh
// answers alike.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PublicContext } from './public-context.ts';
import type { CachedAnswer } from './public-view-cache.ts';

/** What a build did: an answer to send (and maybe keep), or a reply it sent itself (an error page, a 404). */
export type Built = { answer: CachedAnswer } | { sent: FastifyReply };

export async function answerThroughViewCache(
  ctx: PublicContext,
  request: FastifyRequest,
  reply: FastifyReply,
  key: string,
  send: (reply: FastifyReply, body: Buffer) => FastifyReply,
  build: () => Promise<Built>,
): Promise<FastifyReply> {
  const now = ctx.now().getTime();
  const askedBefore = ctx.views.noteAsk(key, now);
  // A client over its failed look-ups gets its 429 from the build's look-up, kept answer or not.
  const kept = ctx.lookups.isBlocked(request.ip) ? undefined : ctx.views.get(key, now);
  if (kept) return send(reply, kept.body);
  // Taken before the build's reads: an answer built from reads a commit overtook is not kept.
  const ticket = ctx.views.ticket();
  const built = await build();
  if ('sent' in built) return built.sent;
  if (askedBefore) ctx.views.put(key, built.answer, ticket, now);
  return send(reply, built.answer.body);
}
